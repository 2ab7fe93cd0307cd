package org.tsunagu.cli.eval.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** One fact of an eval-jsonl line, gold or predicted, with its fields as written. */
public record EvalFact(ObjectNode json) {

    /** The type SCHEMA.md scores, if the fact has one; facts of other types are left out of scoring. */
    public Optional<EvalType> type() {
        FieldValue type = field("type");
        return type.node().isTextual() ? EvalType.of(type.text()) : Optional.empty();
    }

    /** A gold fact that may be found but need not be. */
    public boolean optional() {
        return field("optional").isGiven();
    }

    public FieldValue field(String name) {
        return new FieldValue(json.get(name));
    }
}
