package org.tsunagu.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What an extraction run did: documents written, the inputs that gave none and why, facts by type. */
public record ExtractSummary(long documents, List<String> failures, Map<String, Long> factsByType,
        double seconds, String master, Path out) {

    public ExtractSummary {
        failures = List.copyOf(failures);
        factsByType = Map.copyOf(factsByType);
    }

    public long facts() {
        return factsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    public void print(PrintStream stream) {
        long read = documents + failures.size();
        stream.printf(Locale.ROOT, "Extracted %d documents with Spark %s in %.1f s (%.0f documents/s) into %s%n",
                read, master, seconds, seconds > 0 ? read / seconds : 0.0, out());
        stream.printf("  documents: %d written, %d failed%n", documents, failures.size());
        String byType = factsByType.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .sorted()
                .collect(Collectors.joining(", "));
        stream.printf("  facts:     %d (%s)%n", facts(), byType);
        if (!failures.isEmpty()) {
            stream.println("  failed:");
            failures.forEach(failure -> stream.println("    " + failure));
        }
        stream.println("  next:      tsunagu load " + out());
    }
}
