package org.tsunagu.cli.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One size's figures in the summary table of {@code bench scale}. */
record ScaleRow(long size, double ingestRate, double lastSliceRate, Sizes sizes, double indexSeconds, String spark,
        Map<String, Latencies> pages) {

    static void print(List<ScaleRow> rows, PrintWriter out) {
        out.printf(Locale.ROOT, "%n%-10s %9s %9s %9s %9s %8s %-22s", "articles", "ingest/s", "last 10%", "db", "index",
                "index s", "spark local[2]");
        for (String kind : ScaleBench.pageKinds()) {
            out.printf(Locale.ROOT, " %-16s", kind + " p50/p95");
        }
        out.println();
        for (ScaleRow row : rows) {
            out.printf(Locale.ROOT, "%-10s %9s %9s %9s %9s %8.1f %-22s", String.format(Locale.ROOT, "%,d", row.size()),
                    rate(row.ingestRate()), rate(row.lastSliceRate()), row.sizes().databaseText(), row.sizes().indexText(),
                    row.indexSeconds(), row.spark().startsWith("skipped") ? "skipped" : row.spark());
            for (String kind : ScaleBench.pageKinds()) {
                Latencies latencies = row.pages().get(kind);
                out.printf(Locale.ROOT, " %-16s", latencies == null ? "-" : String.format(Locale.ROOT, "%.0f/%.0f ms",
                        latencies.millis(0.5), latencies.millis(0.95)));
            }
            out.println();
        }
        out.flush();
    }

    /** Articles per second, or a dash for a size an earlier run ingested. */
    private static String rate(double perSecond) {
        return orDash(perSecond, "%.0f");
    }

    /** The figure in {@code format}, or a dash where there is none to give (NaN). */
    static String orDash(double figure, String format) {
        return Double.isNaN(figure) ? "-" : String.format(Locale.ROOT, format, figure);
    }
}
