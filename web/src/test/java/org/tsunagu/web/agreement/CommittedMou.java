package org.tsunagu.web.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.AgreementTerm;
import org.tsunagu.model.fact.Commitment;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.testing.Articles;

/**
 * A three-year MOU with two commitments, signed thirty months before today, so that it is in
 * force and ends within the year whenever the tests run; and a festival its parties held later,
 * which matches the first commitment.
 */
public final class CommittedMou {

    public static final String FAIR = "hold a joint snow festival";
    public static final String TRAINEES = "exchange hotel trainees";

    private CommittedMou() {
    }

    public static Extraction report() {
        Articles article = Articles.article("asahikawa-harbin", "Asahikawa and Harbin signed a memorandum on winter tourism. "
                + "Both sides agreed to " + FAIR + " and " + TRAINEES + ".");
        PartialDate signed = PartialDate.of(LocalDate.now().minusMonths(30).withDayOfMonth(1));
        Agreement mou = article.mou("signed", signed, article.place("Asahikawa"), article.place("Harbin")).withTerms(
                Optional.of(AgreementTerm.ofLength(3, 0, false, article.span("memorandum"))),
                List.of(new Commitment(Commitment.BOTH, FAIR, article.span(FAIR)),
                        new Commitment(Commitment.BOTH, TRAINEES, article.span(TRAINEES))));
        return new Extraction(article.document(), Optional.of(signed), List.of(mou));
    }

    /** Asahikawa and Harbin open a snow festival a month ago: activity suggested for {@link #FAIR}. */
    public static Extraction laterFestival() {
        Articles article = Articles.article("asahikawa-harbin-festival",
                "Asahikawa and Harbin opened their first joint snow festival in Asahikawa.");
        PartialDate day = PartialDate.of(LocalDate.now().minusMonths(1));
        return new Extraction(article.document(), Optional.of(day), List.of(article.visit("opened their first joint snow festival",
                article.place("Asahikawa"), article.place("Asahikawa"), article.place("Harbin"))));
    }
}
