package org.tsunagu.store.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.testing.ManyReports;
import org.tsunagu.store.testing.TemporaryDatabase;

class KnowledgeReaderTest {

    private static final int REPORTS = KnowledgeReader.MOST_STATEMENTS + 5;

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    @Test
    void readsTheMostConfidentReportsOfAFactStatedByMoreThanItReadsAndCountsThemAll() {
        Database database = store.database();
        ManyReports.ofOneFriendship(REPORTS).forEach(database::save);

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
}
