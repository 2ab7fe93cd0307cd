package org.tsunagu.cli.eval.internal;

import java.util.OptionalDouble;

/** Whether a predicted amount of money is the gold one: within 1% of it. */
public final class AmountAgreement {

    private static final double TOLERANCE = 0.01;

    private AmountAgreement() {
    }

    public static boolean withinOnePercent(FieldValue gold, FieldValue predicted) {
        OptionalDouble expected = gold.number();
        OptionalDouble actual = predicted.number();
        return expected.isPresent() && actual.isPresent()
                && Math.abs(expected.getAsDouble() - actual.getAsDouble()) <= TOLERANCE * Math.abs(expected.getAsDouble());
    }
}
