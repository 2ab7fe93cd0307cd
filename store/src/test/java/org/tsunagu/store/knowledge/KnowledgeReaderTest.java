package org.tsunagu.store.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.fact.RelationshipKind;
import org.tsunagu.model.fact.RelationshipStatus;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.TemporaryDatabase;

class KnowledgeReaderTest {

    private static final int REPORTS = KnowledgeReader.MOST_STATEMENTS + 5;

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    @Test
    void readsTheMostConfidentReportsOfAFactStatedByMoreThanItReadsAndCountsThemAll() {
        Database database = store.database();
        for (int report = 0; report < REPORTS; report++) {
            database.save(reportOfTheFriendship(report));
        }

        KnowledgeFact friendship = database.knowledgeFacts(KnowledgeQuery.all().withType(FactType.RELATIONSHIP))
                .items().get(0);

        assertThat(friendship.sourcesInAll()).isEqualTo(REPORTS);
        assertThat(friendship.sources()).hasSize(KnowledgeReader.MOST_STATEMENTS);
        assertThat(friendship.sources()).extracting(Source::confidence)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(friendship.sources().get(0).document()).isEqualTo("report-" + (REPORTS - 1));
        assertThat(friendship.sources()).extracting(Source::document)
                .doesNotContain("report-0", "report-4").contains("report-5");
    }

    /** Reports that share only the sentence stating the friendship, the later ones surer of it. */
    private static Extraction reportOfTheFriendship(int report) {
        String ownWords = IntStream.range(0, 30).mapToObj(word -> "r" + report + "w" + word)
                .collect(Collectors.joining(" "));
        Articles article = Articles.article("report-" + report,
                "Dispatch " + ownWords + ". Da Nang and Sakai have been sister cities since 1997.");
        return article.with(new Relationship(article.place("Da Nang"), article.place("Sakai"),
                RelationshipKind.FRIENDSHIP, Optional.of(PartialDate.ofYear(1997)), RelationshipStatus.ESTABLISHED,
                article.evidence("sister cities"), 0.5 + report * 0.004));
    }
}
