package org.tsunagu.web.review;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tsunagu.store.knowledge.Conflict;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.Source;
import org.tsunagu.store.report.Copy;

/** A fact in the queue: what it says, its evidence, where it stands, and the forms that decide it. */
record ReviewRow(KnowledgeFact fact, String csrf) {

    /** Sources shown under a fact; a fact many outlets report lists the rest as a number. */
    private static final int SOURCES_SHOWN = 3;

    long id() {
        return fact.id();
    }

    String state() {
        return fact.reviewState().code();
    }

    String confidence() {
        return String.format(Locale.ROOT, "%.2f", fact.confidence());
    }

    List<Source> sources() {
        return fact.sources().subList(0, Math.min(SOURCES_SHOWN, fact.sources().size()));
    }

    int moreSources() {
        return fact.sources().size() - sources().size();
    }

    /** "wire-copy (Outlet A), wire-copy-2 (Outlet B)": the copies that count with a source as one report. */
    static String names(List<Copy> copies) {
        return copies.stream().map(c -> c.name() + " (" + c.publisher() + ")").collect(Collectors.joining(", "));
    }

    /** "date=2013-11-01, kind=mou". */
    String edits() {
        return fact.edits().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** "date: 2013-10-31 (a, b) or 2013-11-01 (c)", one line per disputed field. */
    List<String> conflicts() {
        return fact.conflicts().stream().map(ReviewRow::describe).toList();
    }

    private static String describe(Conflict conflict) {
        return conflict.field() + ": " + conflict.documentsByValue().entrySet().stream()
                .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                .collect(Collectors.joining(" or "));
    }
}
