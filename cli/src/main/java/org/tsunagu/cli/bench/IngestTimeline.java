package org.tsunagu.cli.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * How long each chunk of a growing ingest took, chunk after chunk into one database: the speed
 * of any stretch of it, and the slope that says how the time per document grows with the
 * documents already stored. Each chunk keeps its processor time too: on a machine shared with
 * other work the elapsed time says as much about the neighbours as about the ingest, the
 * processor time far less.
 */
final class IngestTimeline {

    /** {@code documents} stored, with {@code before} in the database already, in {@code seconds} ({@code cpuSeconds} of processor time). */
    record Chunk(long before, long documents, double seconds, double cpuSeconds) {
    }

    /** Time per document as a line in the documents stored: {@code seconds = intercept + slope · stored}. */
    record Trend(double intercept, double slope) {

        /** Seconds to ingest {@code documents} into an empty database, the line integrated. */
        double secondsFor(long documents) {
            return intercept * documents + slope * documents * (double) documents / 2;
        }
    }

    private final List<Chunk> chunks = new ArrayList<>();

    void add(long before, long documents, double seconds, double cpuSeconds) {
        chunks.add(new Chunk(before, documents, seconds, cpuSeconds));
    }

    long documents() {
        return chunks.stream().mapToLong(Chunk::documents).sum();
    }

    /** Documents per second over the chunks that start at or after {@code from} and before {@code to}. */
    double throughput(long from, long to) {
        List<Chunk> within = within(from, to);
        double seconds = within.stream().mapToDouble(Chunk::seconds).sum();
        return seconds > 0 ? within.stream().mapToLong(Chunk::documents).sum() / seconds : Double.NaN;
    }

    /** Milliseconds of processor time per document over the same chunks as {@link #throughput}. */
    double cpuMillisPerDocument(long from, long to) {
        List<Chunk> within = within(from, to);
        long documents = within.stream().mapToLong(Chunk::documents).sum();
        return documents > 0 ? within.stream().mapToDouble(Chunk::cpuSeconds).sum() * 1e3 / documents : Double.NaN;
    }

    private List<Chunk> within(long from, long to) {
        return chunks.stream().filter(chunk -> chunk.before() >= from && chunk.before() < to).toList();
    }

    /**
     * The least-squares line through each chunk's processor seconds per document against the
     * documents stored at its middle, over the chunks before {@code to}; the first chunk is left out,
     * the Java virtual machine still compiling then.
     */
    Trend trend(long to) {
        List<Chunk> used = chunks.stream().filter(c -> c.before() < to).skip(1).toList();
        if (used.size() < 2) {
            return new Trend(Double.NaN, Double.NaN);
        }
        double n = used.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Chunk chunk : used) {
            double x = chunk.before() + chunk.documents() / 2.0;
            double y = chunk.cpuSeconds() / chunk.documents();
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return new Trend((sy - slope * sx) / n, slope);
    }
}
