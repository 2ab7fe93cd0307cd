package org.tsunagu.cli.eval.internal;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How well a matched prediction gives one of the gold fact's other fields, from 0 to 1: lists by
 * the share of gold names found, dates at the gold's precision, closed values (kinds, currencies)
 * ignoring case, other names by name matching. A field the gold leaves unknown or empty is not scored.
 */
public final class AttributeScore {

    private static final Set<String> DATES = Set.of("date", "since", "as_of");
    private static final Set<String> CLOSED_VALUES = Set.of("kind", "status", "currency", "rank");

    private AttributeScore() {
    }

    public static OptionalDouble of(String field, EvalFact gold, EvalFact predicted) {
        FieldValue expected = gold.field(field);
        FieldValue actual = predicted.field(field);
        if (expected.isUnknown() || expected.node().isArray() && expected.node().isEmpty()) {
            return OptionalDouble.empty();
        }
        if (expected.node().isArray()) {
            return Names.shareFound(expected, actual);
        }
        if (DATES.contains(field)) {
            return score(DateAgreement.atGoldPrecision(expected, actual));
        }
        if (CLOSED_VALUES.contains(field)) {
            return score(expected.text().toLowerCase(Locale.ROOT).equals(actual.text().toLowerCase(Locale.ROOT)));
        }
        return score(Names.match(expected, actual));
    }

    /** The mean score over the gold type's scored fields (0 when none is scored): a prediction's fit beyond its keys. */
    public static double mean(EvalFact gold, EvalFact predicted) {
        double sum = 0;
        int count = 0;
        for (String field : gold.type().orElseThrow().attributes()) {
            OptionalDouble score = of(field, gold, predicted);
            if (score.isPresent()) {
                sum += score.getAsDouble();
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    private static OptionalDouble score(boolean right) {
        return OptionalDouble.of(right ? 1 : 0);
    }
}
