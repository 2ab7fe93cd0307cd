package org.tsunagu.cli.eval.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The facts of an eval-jsonl file or of an extraction run, by document id, in the order documents came. */
public record EvalSet(Map<String, List<EvalFact>> documents) {

    public EvalSet {
        Map<String, List<EvalFact>> copy = new LinkedHashMap<>();
        documents.forEach((document, facts) -> copy.put(document, List.copyOf(facts)));
        documents = Collections.unmodifiableMap(copy);
    }

    public List<EvalFact> facts(String document) {
        return documents.getOrDefault(document, List.of());
    }

    /** The documents a selection keeps, in the same order. */
    public EvalSet select(DocumentSelection selection) {
        Map<String, List<EvalFact>> kept = new LinkedHashMap<>();
        documents.forEach((document, facts) -> {
            if (selection.includes(document)) {
                kept.put(document, facts);
            }
        });
        return new EvalSet(kept);
    }
}
