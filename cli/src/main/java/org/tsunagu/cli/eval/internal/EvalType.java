package org.tsunagu.cli.eval.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fact types SCHEMA.md scores, each with the rule for its key fields (which decide whether a
 * prediction is the gold fact) and the other fields reported as attribute accuracy.
 */
public enum EvalType {

    AGREEMENT("agreement", "date", "signatories", "fields") {
        @Override
        boolean keysMatch(EvalFact gold, EvalFact predicted) {
            return Names.sameSet(gold.field("parties"), predicted.field("parties")) && sameKind(gold, predicted);
        }
    },
    RELATIONSHIP("relationship", "since", "status") {
        @Override
        boolean keysMatch(EvalFact gold, EvalFact predicted) {
            FieldValue a = predicted.field("a");
            FieldValue b = predicted.field("b");
            boolean samePair = Names.match(gold.field("a"), a) && Names.match(gold.field("b"), b)
                    || Names.match(gold.field("a"), b) && Names.match(gold.field("b"), a);
            return samePair && sameKind(gold, predicted);
        }
    },
    ROLE("role", "org") {
        @Override
        boolean keysMatch(EvalFact gold, EvalFact predicted) {
            return Names.match(gold.field("person"), predicted.field("person"))
                    && Names.match(gold.field("title"), predicted.field("title"));
        }
    },
    EVENT("event", "name", "location", "organizers", "participants") {
        @Override
        boolean keysMatch(EvalFact gold, EvalFact predicted) {
            return sameKind(gold, predicted)
                    && DateAgreement.withinSpan(gold.field("date"), gold.field("end_date"), predicted.field("date"));
        }
    },
    INVESTMENT("investment", "currency", "as_of", "kind", "rank") {
        @Override
        boolean keysMatch(EvalFact gold, EvalFact predicted) {
            return Names.match(gold.field("investor"), predicted.field("investor"))
                    && Names.match(gold.field("destination"), predicted.field("destination"))
                    && AmountAgreement.withinOnePercent(gold.field("amount"), predicted.field("amount"));
        }
    },
    PRODUCT("product", "origin", "categories", "showcased_at") {
        @Override
        boolean keysMatch(EvalFact gold, EvalFact predicted) {
            return Names.match(gold.field("name"), predicted.field("name"));
        }
    };

    private final String code;
    private final List<String> attributes;

    EvalType(String code, String... attributes) {
        this.code = code;
        this.attributes = List.of(attributes);
    }

    public static Optional<EvalType> of(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    /** The scored fields beside the keys, in the order they are reported. */
    public List<String> attributes() {
        return attributes;
    }

    /** Whether {@code predicted} is the {@code gold} fact: both of this type and their key fields agreeing. */
    public boolean matches(EvalFact gold, EvalFact predicted) {
        return gold.type().orElse(null) == this && predicted.type().orElse(null) == this && keysMatch(gold, predicted);
    }

    abstract boolean keysMatch(EvalFact gold, EvalFact predicted);

    private static boolean sameKind(EvalFact gold, EvalFact predicted) {
        FieldValue expected = gold.field("kind");
        FieldValue actual = predicted.field("kind");
        return !expected.isUnknown() && !actual.isUnknown()
                && expected.text().toLowerCase(Locale.ROOT).equals(actual.text().toLowerCase(Locale.ROOT));
    }
}
