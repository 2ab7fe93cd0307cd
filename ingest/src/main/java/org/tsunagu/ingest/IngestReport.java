package org.tsunagu.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tsunagu.model.fact.FactType;

/**
 * What an ingest did: documents new, unchanged and failed, the facts it stored, the language of
 * each new document whose facts were not read (one code per document), and its time.
 */
public record IngestReport(
        int newDocuments,
        int unchangedDocuments,
        List<Failure> failures,
        Map<FactType, Integer> newFactsByType,
        List<String> unreadLanguages,
        Duration elapsed) {

    /** A file that could not be read, extracted or stored, and why. */
    public record Failure(Path file, String reason) {
    }

    public IngestReport {
        failures = List.copyOf(failures);
        newFactsByType = Map.copyOf(newFactsByType);
        unreadLanguages = List.copyOf(unreadLanguages);
    }

    public int newFacts() {
        return newFactsByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }

    static Map<FactType, Integer> emptyCounts() {
        Map<FactType, Integer> counts = new EnumMap<>(FactType.class);
        for (FactType type : FactType.values()) {
            counts.put(type, 0);
        }
        return counts;
    }
}
