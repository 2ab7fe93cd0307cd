package org.tsunagu.store.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.document.Span;

/**
 * Where a statement's evidence lies in its document: the document, the start of the sentence,
 * the trigger and the mentions of its arguments, all in the document's offsets, so that a page
 * can mark the trigger and the arguments in the sentence and link to the document.
 */
public record EvidenceSpans(long statement, long document, int sentenceStart, Span trigger, List<Span> arguments) {

    public EvidenceSpans {
        arguments = List.copyOf(arguments);
    }

    /** The spans of each statement that has evidence, by statement id. */
    public static Map<Long, EvidenceSpans> of(Handle handle, Collection<Long> statements) {
        if (statements.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Span>> arguments = new HashMap<>();
        handle.createQuery("""
                SELECT fact_id, mention_start, mention_end FROM fact_arguments WHERE fact_id IN (<statements>)
                ORDER BY fact_id, mention_start""")
                .bindList("statements", List.copyOf(statements))
                .map((r, ctx) -> Map.entry(r.getLong("fact_id"), new Span(r.getInt("mention_start"), r.getInt("mention_end"))))
                .forEach(e -> arguments.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, EvidenceSpans> spans = new LinkedHashMap<>();
        handle.createQuery("""
                SELECT fact_id, document_id, sentence_start, trigger_start, trigger_end FROM evidence
                WHERE fact_id IN (<statements>)""")
                .bindList("statements", List.copyOf(statements))
                .map((r, ctx) -> new EvidenceSpans(r.getLong("fact_id"), r.getLong("document_id"),
                        r.getInt("sentence_start"), new Span(r.getInt("trigger_start"), r.getInt("trigger_end")),
                        arguments.getOrDefault(r.getLong("fact_id"), List.of())))
                .forEach(s -> spans.put(s.statement(), s));
        return spans;
    }
}
