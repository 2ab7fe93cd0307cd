package org.tsunagu.extraction.internal.time;

import org.tsunagu.model.time.PartialDate;

/** A date matched in a sentence's text, by character offsets within the sentence. */
record FoundDate(int start, int end, PartialDate date, PartialDate endDate, String kind) {

    /** What a reader returns for a match: a date not yet placed in the sentence. */
    static FoundDate single(PartialDate date) {
        return date == null ? null : new FoundDate(0, 0, date, null, "absolute");
    }

    FoundDate at(int newStart, int newEnd) {
        return new FoundDate(newStart, newEnd, date, endDate, kind);
    }
}
