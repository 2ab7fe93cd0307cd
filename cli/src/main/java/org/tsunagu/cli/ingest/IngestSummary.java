package org.tsunagu.cli.ingest;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tsunagu.cli.common.DatabaseOption;
import org.tsunagu.ingest.IngestReport;
import org.tsunagu.model.fact.FactType;

/** The few lines a person reads after an ingest. */
public final class IngestSummary {

    private IngestSummary() {
    }

    public static void print(IngestReport report, String database, PrintWriter out) {
        double seconds = report.elapsed().toMillis() / 1000.0;
        int documents = report.newDocuments() + report.unchangedDocuments() + report.failures().size();
        out.printf(Locale.ROOT, "Ingested %d documents into %s in %.1f s (%.0f documents/s)%n", documents,
                DatabaseOption.shown(database), seconds, seconds > 0 ? documents / seconds : 0.0);
        out.printf("  documents: %d new, %d unchanged, %d failed%n",
                report.newDocuments(), report.unchangedDocuments(), report.failures().size());
        String byType = Stream.of(FactType.values())
                .map(type -> type.code() + " " + report.newFactsByType().getOrDefault(type, 0))
                .collect(Collectors.joining(", "));
        out.printf("  facts:     %d new (%s)%n", report.newFacts(), byType);
        if (!report.unreadLanguages().isEmpty()) {
            out.printf("  %d not read: language %s (Tsunagu reads English articles)%n", report.unreadLanguages().size(),
                    report.unreadLanguages().stream().distinct().sorted().collect(Collectors.joining(", ")));
        }
        if (report.hasFailures()) {
            out.println("  failed:");
            report.failures().forEach(f -> out.println("    " + f.file() + ": " + f.reason()));
        }
    }
}
