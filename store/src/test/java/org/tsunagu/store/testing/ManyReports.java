package org.tsunagu.store.testing;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.fact.RelationshipKind;
import org.tsunagu.model.fact.RelationshipStatus;
import org.tsunagu.model.time.PartialDate;

/**
 * Many reports of one friendship ("report-0" and on) that share only the sentence stating it, so
 * that none is taken for a copy of another; each later report is surer of it than the one before.
 */
public final class ManyReports {

    private ManyReports() {
    }

    public static List<Extraction> ofOneFriendship(int count) {
        return IntStream.range(0, count).mapToObj(ManyReports::report).toList();
    }

    private static Extraction report(int report) {
        String ownWords = IntStream.range(0, 30).mapToObj(word -> "r" + report + "w" + word)
                .collect(Collectors.joining(" "));
        Articles article = Articles.article("report-" + report,
                "Dispatch " + ownWords + ". Da Nang and Sakai have been sister cities since 1997.");
        return article.with(new Relationship(article.place("Da Nang"), article.place("Sakai"),
                RelationshipKind.FRIENDSHIP, Optional.of(PartialDate.ofYear(1997)), RelationshipStatus.ESTABLISHED,
                article.evidence("sister cities"), 0.5 + report * 0.004));
    }
}
