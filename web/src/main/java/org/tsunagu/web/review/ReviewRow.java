package org.tsunagu.web.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.Conflict;
import org.tsunagu.store.knowledge.EditedEntities;
import org.tsunagu.store.knowledge.EvidenceSpans;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.report.Copy;

/**
 * A fact in the queue: what it says, its evidence with the trigger and arguments marked, where it
 * stands (in words and a sign, not colour alone), and the forms that decide it.
 */
record ReviewRow(KnowledgeFact fact, String csrf, Map<Long, EvidenceSpans> spans) {

    /** Sources shown under a fact; a fact many outlets report lists the rest as a number. */
    static final int SOURCES_SHOWN = 3;

    /** The row of one fact, reading where its evidence lies. */
    static ReviewRow read(Database database, KnowledgeFact fact, String csrf) {
        return new ReviewRow(fact, csrf, SourceView.spansOf(database, List.of(fact)));
    }

    long id() {
        return fact.id();
    }

    String state() {
        return fact.reviewState().code();
    }

    /** The sign beside the state's name ("✓" accepted, "✗" rejected), so the state never rests on colour. */
    String stateSign() {
        return switch (fact.reviewState()) {
            case PROPOSED -> "?";
            case ACCEPTED -> "✓";
            case REJECTED -> "✗";
            case EDITED -> "✎";
        };
    }

    String confidence() {
        return String.format(Locale.ROOT, "%.2f", fact.confidence());
    }

    List<SourceView> sources() {
        return fact.sources().subList(0, Math.min(SOURCES_SHOWN, fact.sources().size())).stream()
                .map(source -> SourceView.of(source, spans)).toList();
    }

    int moreSources() {
        return fact.sourcesInAll() - Math.min(SOURCES_SHOWN, fact.sources().size());
    }

    /** "wire-copy (Outlet A), wire-copy-2 (Outlet B)": the copies that count with a source as one report. */
    static String names(List<Copy> copies) {
        return copies.stream().map(c -> c.name() + " (" + c.publisher() + ")").collect(Collectors.joining(", "));
    }

    /** "date=2013-11-01, parties=JETRO, Osaka": edited entities by their names. */
    String edits() {
        return fact.edits().entrySet().stream()
                .map(e -> e.getKey() + "=" + (EditedEntities.holds(fact.type(), e.getKey())
                        ? EditedEntities.names(fact.fact(), e.getKey()) : e.getValue()))
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
