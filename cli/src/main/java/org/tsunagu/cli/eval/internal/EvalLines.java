package org.tsunagu.cli.eval.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads eval-jsonl: one object per line, {@code {"doc": ..., "facts": [...]}}, blank lines
 * skipped. A document on several lines has the facts of all of them.
 */
public final class EvalLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<EvalFact>> documents = new LinkedHashMap<>();

    private EvalLines() {
    }

    /** A gold or prediction file; every problem is reported as one line naming the file. */
    public static EvalSet read(Path file) throws UnreadableInputException {
        EvalLines lines = new EvalLines();
        List<String> text = UnreadableInputException.readLines(file);
        for (int number = 1; number <= text.size(); number++) {
            String line = text.get(number - 1).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                lines.add(JSON.readTree(line));
            } catch (JsonProcessingException e) {
                throw new UnreadableInputException(file + ":" + number + ": not JSON: " + e.getOriginalMessage());
            } catch (IllegalArgumentException e) {
                throw new UnreadableInputException(file + ":" + number + ": " + e.getMessage());
            }
        }
        return lines.toSet();
    }

    /** Lines already in memory, as an extraction run writes them. */
    public static EvalSet of(List<? extends JsonNode> lines) {
        EvalLines read = new EvalLines();
        lines.forEach(read::add);
        return read.toSet();
    }

    private void add(JsonNode line) {
        if (!line.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        List<EvalFact> facts = documents.computeIfAbsent(new FieldValue(line.get("doc")).text(), d -> new ArrayList<>());
        JsonNode list = line.path("facts");
        if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
            throw new IllegalArgumentException("\"facts\" is not a list");
        }
        for (JsonNode fact : list) {
            if (!fact.isObject()) {
                throw new IllegalArgumentException("a fact is not a JSON object: " + fact);
            }
            facts.add(new EvalFact((ObjectNode) fact));
        }
    }

    private EvalSet toSet() {
        return new EvalSet(documents);
    }
}
