package org.tsunagu.cli.eval.internal;

/**
 * Whether a predicted ISO date agrees with a gold one at the gold's precision: gold {@code 2013-10}
 * accepts {@code 2013-10-31}, and a prediction less precise than the gold is never right. ISO dates
 * of one precision sort as text, so a date's prefix of the gold's length is compared as text.
 */
public final class DateAgreement {

    private DateAgreement() {
    }

    /** An unknown gold date accepts any prediction; a known one never accepts an unknown prediction. */
    public static boolean atGoldPrecision(FieldValue gold, FieldValue predicted) {
        return withinSpan(gold, new FieldValue(null), predicted);
    }

    /**
     * As {@link #atGoldPrecision}, but when the gold gives an end (an event's {@code end_date}) the
     * prediction may fall anywhere from the gold date to the end, each compared at its own precision.
     */
    public static boolean withinSpan(FieldValue gold, FieldValue goldEnd, FieldValue predicted) {
        if (gold.isUnknown()) {
            return true;
        }
        if (predicted.isUnknown()) {
            return false;
        }
        String start = gold.text();
        String date = predicted.text();
        if (date.length() < start.length()) {
            return false;
        }
        if (!goldEnd.isGiven()) {
            return date.startsWith(start);
        }
        String end = goldEnd.text();
        return start.compareTo(date.substring(0, start.length())) <= 0
                && date.substring(0, Math.min(end.length(), date.length())).compareTo(end) <= 0;
    }
}
