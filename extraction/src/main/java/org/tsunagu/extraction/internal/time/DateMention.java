package org.tsunagu.extraction.internal.time;

import org.tsunagu.model.document.Span;
import org.tsunagu.model.time.PartialDate;

/**
 * A date expression over tokens [first, end). {@code date} is null when the text gives no year
 * and the document has no date to lend one ({@code text} keeps the words then); {@code end} is
 * set for ranges. {@code role} says how the date attaches: a plain date, "since 1979", or
 * "until July 19".
 */
public record DateMention(int firstToken, int endToken, Span span, PartialDate date, PartialDate end, String text,
        Role role, boolean relative) {

    public enum Role { AT, SINCE, UNTIL }

    public boolean resolved() {
        return date != null;
    }
}
