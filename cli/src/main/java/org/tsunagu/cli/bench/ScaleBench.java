package org.tsunagu.cli.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import org.tsunagu.cli.ingest.ProgressReporter;
import org.tsunagu.cli.search.SearchIndexing;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.ingest.InOrderWorkers;
import org.tsunagu.ingest.IngestListener;
import org.tsunagu.ingest.Ingestor;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.ReadOptions;
import org.tsunagu.reference.ReferencePlaces;
import org.tsunagu.store.Database;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.web.WebServer;

/**
 * {@code bench scale}: one database grown through the sizes asked for, from a generated corpus,
 * and measured at each: ingest speed and how it changes as the database grows, sizes on disk,
 * Spark extraction when its jar is built, and the latency of the pages people use most, served
 * by the real web server under concurrent clients.
 */
final class ScaleBench {

    /** Fewer than entity pages: a two-step network around a hub reads thousands of ties, and the warm-up requests each path five times. */
    private static final int NETWORKS_PER_ENTITY_PAGES = 5;
    private static final int SLICES = 10;
    private static final List<String> PAGE_KINDS = List.of("/", "/entities/{id}", "/api/graph", "/search", "/review");

    private final ScaleSettings settings;
    private final PrintWriter out;
    private final List<ScaleRow> rows = new ArrayList<>();

    ScaleBench(ScaleSettings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    void run() {
        long largest = settings.sizes().get(settings.sizes().size() - 1);
        Path corpusFolder = ScaleCorpus.ensure(settings.work(), largest, settings.seed(), out);
        GeneratedCorpus corpus = new GeneratedCorpus(Localities.of(ReferencePlaces.standard()), settings.seed());
        String location = settings.database();
        if (settings.db() == null) {
            removeEarlierRun(Path.of(location));
        }
        // A JDBC URL may carry a password in its query: only what comes before it is shown.
        out.printf(Locale.ROOT, "database %s; load average at start %.1f on %d cores%n", location.split("\\?", 2)[0],
                loadAverage(), Runtime.getRuntime().availableProcessors());
        out.flush();
        IngestTimeline timeline = new IngestTimeline();
        long chunk = Math.max(1, settings.sizes().get(0) / SLICES);
        try (Database database = Database.open(location)) {
            Ingestor ingestor = new Ingestor(Extractors.standard(), database, InOrderWorkers.allCores());
            // A database given that holds the corpus's first articles already (a run cut short) grows on from there.
            long stored = database.counts().documents();
            if (stored > 0) {
                // Exact copies in the corpus are stored once, so the count may fall a little short of the
                // articles read; ingest skips those read again as known.
                out.printf(Locale.ROOT, "continuing from article %,d of the corpus: the database holds %,d articles%n",
                        stored + 1, stored);
            }
            for (long size : settings.sizes()) {
                if (size < stored && size < largest) {
                    out.printf(Locale.ROOT, "%,d articles: skipped, the database holds more%n", size);
                    continue;
                }
                if (size < stored) {
                    // The archive grown past the largest size is still worth measuring, as it is.
                    out.printf(Locale.ROOT, "%,d articles: the database holds %,d, at which it is measured%n", size,
                            stored);
                    measure(database, stored, timeline, corpusFolder);
                    continue;
                }
                try (ProgressReporter progress = ProgressReporter.onStandardError()) {
                    progress.started(size);
                    while (stored < size) {
                        long count = Math.min(chunk, size - stored);
                        ingestChunk(ingestor, corpus, corpusFolder, stored, count, timeline, progress, size);
                        stored += count;
                    }
                }
                measure(database, size, timeline, corpusFolder);
            }
        }
        ScaleRow.print(rows, out);
        printExtrapolation(timeline, largest);
    }

    private static void ingestChunk(Ingestor ingestor, GeneratedCorpus corpus, Path folder, long first, long count,
            IngestTimeline timeline, ProgressReporter progress, long total) {
        List<Path> files = LongStream.range(first, first + count).mapToObj(n -> folder.resolve(corpus.path(n))).toList();
        ArticleFiles articles = ArticleFiles.of(files, ReadOptions.defaults());
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        ingestor.ingest(articles, new IngestListener() {
            @Override
            public void advanced(long done, long files) {
                progress.advanced(first + done, total);
            }

            @Override
            public void failed(Path file, String reason) {
                progress.failed(file, reason);
            }
        });
        timeline.add(first, count, (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9);
    }

    private void measure(Database database, long size, IngestTimeline timeline, Path corpusFolder) {
        out.printf(Locale.ROOT, "%n== %,d articles ==%n", size);
        if (timeline.documents() == 0) {
            out.printf(Locale.ROOT, "ingest into %s: by an earlier run%n", settings.backend());
        } else {
            out.printf(Locale.ROOT, "ingest into %s: %.0f articles/s over the %,d this run read%n", settings.backend(),
                    timeline.throughput(0, size), timeline.documents());
        }
        long slice = Math.max(1, size / SLICES);
        if (timeline.documents() > 0) {
            StringBuilder rates = new StringBuilder();
            StringBuilder cpu = new StringBuilder();
            for (int tenth = 0; tenth < SLICES; tenth++) {
                long from = size * tenth / SLICES;
                long to = size * (tenth + 1) / SLICES;
                // A run that continued a database read none of the first tenths.
                rates.append(' ').append(ScaleRow.orDash(timeline.throughput(from, to), "%.0f"));
                cpu.append(' ').append(ScaleRow.orDash(timeline.cpuMillisPerDocument(from, to), "%.1f"));
            }
            out.println("articles/s per tenth of the way, as the database grows:" + rates);
            out.println("processor ms per article, per tenth:" + cpu);
        }
        long indexStart = System.nanoTime();
        SearchIndexing.bringUpToDate(database, new PrintWriter(System.err, true));
        double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
        Sizes sizes = Sizes.of(settings.database());
        out.printf(Locale.ROOT, "search index brought up to date in %.1f s; database %s, index %s%n", indexSeconds,
                sizes.databaseText(), sizes.indexText());
        out.flush();
        String spark = SparkRun.extract(settings.work(), corpusFolder, size, out);
        Map<String, Latencies> pages = serve(database);
        rows.add(new ScaleRow(size, timeline.throughput(0, size), timeline.throughput(size - slice, size), sizes,
                indexSeconds, spark, pages));
    }

    private Map<String, Latencies> serve(Database database) {
        List<Entity> entities = ServingBench.spreadOver(database, settings.entityPages());
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity entity = entities.get(i);
            paths.add("/");
            paths.add("/entities/" + entity.id());
            if (i % NETWORKS_PER_ENTITY_PAGES == 0) {
                paths.add("/api/graph?entity=" + entity.id() + "&depth=2");
            }
            paths.add("/search?q=" + URLEncoder.encode(entity.name(), StandardCharsets.UTF_8));
            paths.add("/review");
        }
        String token = BenchEditor.token(database);
        try (WebServer server = WebServer.start(database, 0)) {
            URI base = URI.create("http://localhost:" + server.port() + "/");
            return new WebBench(base, paths, Map.of("Authorization", "Bearer " + token))
                    .run(settings.clients(), settings.seconds(), out);
        }
    }

    private void printExtrapolation(IngestTimeline timeline, long largest) {
        IngestTimeline.Trend trend = timeline.trend(largest);
        if (Double.isNaN(trend.slope())) {
            return;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        if (trend.slope() <= 0) {
            // A falling line is the virtual machine still warming up, not ingest getting cheaper with size.
            double lastTenth = timeline.cpuMillisPerDocument(largest - Math.max(1, largest / SLICES), largest);
            out.printf(Locale.ROOT, "%nprocessor time per article did not grow with the articles stored; at the last"
                    + " tenth's %.2f ms, 1,000,000 articles take %.1f h of processor time, %.1f h on %d idle cores%n",
                    lastTenth, lastTenth * 1_000_000 / 3.6e6, lastTenth * 1_000_000 / 3.6e6 / cores, cores);
            out.flush();
            return;
        }
        out.printf(Locale.ROOT, "%nprocessor time per article: %.2f ms, growing by %.3f ms per 10,000 articles stored"
                + " (least squares over the chunks after the first)%n", trend.intercept() * 1e3,
                trend.slope() * 10_000 * 1e3);
        for (long size : List.of(1_000_000L, 10_000_000L)) {
            if (size > largest) {
                double cpuSeconds = trend.secondsFor(size);
                out.printf(Locale.ROOT, "extrapolated: %,d articles take %.1f h of processor time, %.1f h on %d idle"
                        + " cores (%.0f articles/s)%n", size, cpuSeconds / 3600, cpuSeconds / cores / 3600, cores,
                        size / (cpuSeconds / cores));
            }
        }
        out.flush();
    }

    /** The database of an earlier run in the same work folder: measuring starts from an empty one. */
    private static void removeEarlierRun(Path file) {
        for (String suffix : List.of("", "-wal", "-shm", ".search")) {
            Path path = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(path)) {
                BenchCommand.deleteRecursively(path);
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The pages people use most, in the order the summary shows them. */
    static List<String> pageKinds() {
        return PAGE_KINDS;
    }
}
