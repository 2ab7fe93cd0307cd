package org.tsunagu.cli.eval.internal;

/** The scores of one field (as {@code type.field}) over the matched pairs whose gold gives it. */
public record AttributeAccuracy(double total, int pairs) {

    public static final AttributeAccuracy NONE = new AttributeAccuracy(0, 0);

    public AttributeAccuracy plus(double score) {
        return new AttributeAccuracy(total + score, pairs + 1);
    }

    public double mean() {
        return pairs == 0 ? 0 : total / pairs;
    }
}
