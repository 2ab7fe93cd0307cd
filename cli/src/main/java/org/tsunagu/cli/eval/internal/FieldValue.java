package org.tsunagu.cli.eval.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * One field of a fact as the scoring rules read it. Files are written by hand and by other tools,
 * so a field may be absent, {@code null}, empty, a number where a name was expected, or a single
 * name where a list was; each reading here says what counts as "given" and what text a value has.
 */
public record FieldValue(JsonNode node) {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    public FieldValue {
        node = node == null ? MissingNode.getInstance() : node;
    }

    /** Absent or {@code null}: "unknown" in SCHEMA.md. */
    public boolean isUnknown() {
        return node.isMissingNode() || node.isNull();
    }

    /** Given with some content: not unknown, not {@code ""}, {@code []}, {@code {}}, {@code 0} or {@code false}. */
    public boolean isGiven() {
        if (isUnknown()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.doubleValue() != 0;
        }
        if (node.isTextual()) {
            return !node.textValue().isEmpty();
        }
        return !node.isEmpty();
    }

    /** The value as text: a name, a kind, or an ISO date; a list gives its items' texts side by side. */
    public String text() {
        if (isUnknown()) {
            return "None";
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "True" : "False";
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isNumber()) {
            double value = node.doubleValue();
            return value == Math.rint(value) && Math.abs(value) < 1e16
                    ? new BigDecimal(value).toBigInteger() + ".0"
                    : Double.toString(value);
        }
        List<String> parts = new ArrayList<>();
        node.forEach(item -> parts.add(new FieldValue(item).text()));
        return String.join(" ", parts);
    }

    /** The given items of a list of names; a single given name counts as a list of one. */
    public List<FieldValue> items() {
        List<FieldValue> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> items.add(new FieldValue(item)));
        } else {
            items.add(this);
        }
        items.removeIf(item -> !item.isGiven());
        return items;
    }

    /** The value as a number: a JSON number or a string holding a decimal one; empty for anything else. */
    public OptionalDouble number() {
        if (node.isNumber()) {
            return OptionalDouble.of(node.doubleValue());
        }
        if (node.isTextual() && DECIMAL.matcher(node.textValue().strip()).matches()) {
            return OptionalDouble.of(Double.parseDouble(node.textValue().strip()));
        }
        return OptionalDouble.empty();
    }
}
