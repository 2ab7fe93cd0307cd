package org.tsunagu.model.fact;

import java.util.Objects;
import java.util.Optional;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.time.PartialDate;

/**
 * How long an agreement runs, as the text gives it: a length ("for five years", "a three-year MOU")
 * or an end date ("valid until 2030"), and whether the text extends an earlier agreement ("extended
 * for another ten years"). The span is the phrase that says it.
 */
public record AgreementTerm(int years, int months, Optional<PartialDate> until, boolean renewal, Span span) {

    public AgreementTerm {
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(span, "span");
        if (years < 0 || months < 0 || years == 0 && months == 0 && until.isEmpty()) {
            throw new IllegalArgumentException("a term needs a length or an end date");
        }
    }

    public static AgreementTerm ofLength(int years, int months, boolean renewal, Span span) {
        return new AgreementTerm(years, months, Optional.empty(), renewal, span);
    }

    public static AgreementTerm until(PartialDate end, boolean renewal, Span span) {
        return new AgreementTerm(0, 0, Optional.of(end), renewal, span);
    }

    /** How pages word the term: "5 years", "2 years 6 months", "until 2031", with "(renewal)" when it extends an earlier one. */
    public String text() {
        String length = until.map(end -> "until " + end).orElseGet(() -> (years > 0 ? years + (years == 1 ? " year" : " years") : "")
                + (years > 0 && months > 0 ? " " : "") + (months > 0 ? months + (months == 1 ? " month" : " months") : ""));
        return renewal ? length + " (renewal)" : length;
    }

    /** The last day the agreement is in force, counted from its start when the text gives a length. */
    public Optional<PartialDate> endFrom(Optional<PartialDate> start) {
        if (until.isPresent()) {
            return until;
        }
        return start.map(s -> {
            if (s.month() == null) {
                // a start known to the year gives an end known to the year
                return PartialDate.ofYear(s.year() + years + months / 12);
            }
            int monthIndex = s.year() * 12 + s.month() - 1 + years * 12 + months;
            return PartialDate.ofMonth(monthIndex / 12, monthIndex % 12 + 1);
        });
    }
}
