package org.tsunagu.cli.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.cli.common.TsunaguHome;
import org.tsunagu.extraction.Extractor;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.ingest.InOrderWorkers;
import org.tsunagu.ingest.IngestListener;
import org.tsunagu.ingest.Ingestor;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.ReadOptions;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.model.document.Document;
import org.tsunagu.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
            "Measure speed and memory.",
            "%nextract: over a corpus generated from the sample articles, documents and MB per second on one core"
                + " and on all cores, peak heap, the speed of ICU word segmentation alone over the same text (the"
                + " floor no extractor can beat), and ingest end to end into a fresh SQLite database. Each figure"
                + " is the median of several runs after a warm-up, besides the cold first pass.",
            "%nscale: grows one database through the --documents sizes (10000,100000) from a generated corpus and"
                + " prints at each size the ingest speed, per tenth as the database grows, database and index size,"
                + " Spark local[2] extraction when the spark module is built, and p50/p95 of the home page, entity"
                + " pages, two-step networks, searches and the review queue under --clients concurrent clients.",
            "%nsearch: index build time and size, and search latency, over a database of --facts facts.",
            "%nweb: a load test of the web server: requests per second and latency per path.",
            "%ncorpus: writes --documents made-up articles into --out (places from the reference data, several"
                + " outlets' styles, about 3 %% syndicated copies); the same --seed gives the same files.",
            "%nresolution: entity resolution against the gold mentions of --gold: B-cubed precision, recall and F1"
                + " over the gold mentions the system found, and coverage (found / all), for the samples (--articles)"
                + " and, with --real-docs, the real articles.",
            "%nsearch and web generate their database from the samples with the names of places and people"
                + " swapped article by article, so that its facts are different facts."},
        footer = {"", "Examples:", "  tsunagu bench extract --documents 10000 --runs 5",
            "  tsunagu bench search --db /tmp/bench.db",
            "  tsunagu bench web --db /tmp/bench.db --clients 32 --seconds 20",
            "  tsunagu bench corpus --documents 100000 --out /tmp/corpus --seed 7",
            "  tsunagu bench scale --documents 10000,100000 --work /tmp/scale --clients 16 --seconds 20",
            "  tsunagu bench resolution --real-docs ../shared/eval/real/docs --only r03,r04"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "What to measure: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Targets.class)
    String what;

    @Option(names = "--articles", paramLabel = "FOLDER",
            description = "Sample articles to generate from (default: examples/articles in the Tsunagu folder).")
    Path articles;

    @Option(names = "--documents", defaultValue = "10000", split = ",", paramLabel = "N",
            description = "Generated articles (default: ${DEFAULT-VALUE}); scale: the sizes to measure, comma-separated.")
    List<Long> documents;

    @Option(names = "--work", paramLabel = "FOLDER",
            description = "scale: where the corpus and the SQLite database are written; a corpus there is used again"
                + " (default: a temporary folder, deleted after).")
    Path work;

    @Option(names = "--size", defaultValue = "3000", description = "extract: target characters per article (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs per figure; the median is printed (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20000",
            description = "extract: articles extracted on one core before the timed runs, so that the Java virtual machine"
                + " has compiled the extractor; the first pass is timed and printed as the cold figure (default:"
                + " ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--gold", paramLabel = "FILE",
            description = "resolution: gold mentions (default: docs/eval/resolution/mentions.tsv in the Tsunagu folder).")
    Path gold;

    @Option(names = "--real-docs", paramLabel = "FOLDER",
            description = "resolution: folder of the real articles the gold set's 'real' mentions point into; without it"
                + " only the samples are scored.")
    Path realDocs;

    @Option(names = "--only", paramLabel = "ID", split = ",",
            description = "resolution: score only these documents (names without extension, comma-separated).")
    List<String> only = List.of();

    @Option(names = "--out", paramLabel = "FOLDER", description = "corpus: the folder to write the articles into.")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "corpus: which corpus to write (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    ServingBenchOptions serving;

    static final class Targets implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("extract", "search", "web", "resolution", "corpus", "scale").iterator();
        }
    }

    @Override
    public Integer call() {
        switch (what) {
            case "extract" -> extract();
            case "search", "web" -> new ServingBench(serving, samples(), spec).run(what);
            case "resolution" -> resolution();
            case "corpus" -> corpus();
            case "scale" -> scale();
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown benchmark '" + what + "' (expected: extract, search, web, resolution, corpus, scale)");
        }
        return ExitCodes.SUCCESS;
    }

    private void extract() {
        PrintWriter out = spec.commandLine().getOut();
        long loadStart = System.nanoTime();
        Extractor extractor = Extractors.standard();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        BenchCorpus corpus = BenchCorpus.generate(samples(), documents(), size);
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "corpus: %,d articles, %.1f MB, %.0f characters per article; %d cores; %d runs each%n",
                corpus.documents().size(), corpus.megabytes(), corpus.chars() / (double) corpus.documents().size(), cores, runs);
        out.printf(Locale.ROOT, "reference data and lexicons loaded in %.2f s%n", loadSeconds);
        out.printf(Locale.ROOT, "garbage collector: %s%n", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", ")));
        out.flush();

        warmUp(out, corpus, extractor);
        resetPeakHeap();
        report(out, "extraction, 1 core", corpus, median(() -> corpus.documents().forEach(extractor::extract)));
        report(out, "extraction, " + cores + " cores", corpus,
                median(() -> corpus.documents().parallelStream().forEach(extractor::extract)));
        out.printf(Locale.ROOT, "peak heap during extraction: %.0f MB (max heap %.0f MB)%n",
                peakHeapBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        report(out, "ICU word segmentation alone, 1 core", corpus, median(() -> corpus.documents().forEach(BenchCommand::segment)));
        // The writer's code is still cold: its first run is printed apart like extraction's, and a
        // second, untimed, lets the compiler finish with it, as the warm-up does for extraction.
        long start = System.nanoTime();
        ingest(extractor, corpus);
        report(out, "ingest, first run (cold), " + cores + " cores", corpus, (System.nanoTime() - start) / 1e9);
        ingest(extractor, corpus);
        report(out, "ingest into SQLite, end to end, " + cores + " cores", corpus, median(() -> ingest(extractor, corpus)));
        out.flush();
    }

    /**
     * Extracts {@code warmup} articles, cycling through the corpus: the extractor's rules run cold
     * at first, and the virtual machine takes some 15,000 articles to compile them all. The first pass
     * is what a short run sees, so it is printed too.
     */
    private void warmUp(PrintWriter out, BenchCorpus corpus, Extractor extractor) {
        List<Document> documents = corpus.documents();
        int firstPass = Math.min(documents.size(), Math.max(warmup, 1));
        BenchCorpus cold = new BenchCorpus(documents.subList(0, firstPass));
        long start = System.nanoTime();
        cold.documents().forEach(extractor::extract);
        report(out, "extraction, 1 core, first pass (cold)", cold, (System.nanoTime() - start) / 1e9);
        for (int i = firstPass; i < warmup; i++) {
            extractor.extract(documents.get(i % documents.size()));
        }
    }

    /** Reads nothing from disk: the time is extraction, storing and the ingest loop alone. */
    private static void ingest(Extractor extractor, BenchCorpus corpus) {
        Path folder = temporaryFolder();
        try (Database database = Database.open(folder.resolve("bench.db").toString())) {
            Iterator<ReadResult> files = corpus.documents().stream()
                    .map(document -> (ReadResult) new ReadResult.Read(Path.of(document.name()), document, List.of()))
                    .iterator();
            new Ingestor(extractor, database, InOrderWorkers.allCores())
                    .ingest(files, corpus.documents().size(), IngestListener.SILENT);
        } finally {
            deleteRecursively(folder);
        }
    }

    static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("tsunagu-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the benchmark database", e);
        }
    }

    static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder, e);
        }
    }

    private void corpus() {
        if (out == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "corpus needs --out FOLDER");
        }
        long start = System.nanoTime();
        CorpusWriter.Written written = CorpusWriter.write(documents(), seed, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf(Locale.ROOT,
                "wrote %,d articles (%,d syndicated copies), %.1f MB, into %s in %.1f s%n", written.articles(),
                written.copies(), written.bytes() / 1e6, out, seconds);
    }

    private void scale() {
        Path folder = work != null ? work : temporaryFolder();
        try {
            ScaleSettings settings = new ScaleSettings(documents, folder, seed, serving.db, serving.clients,
                    serving.seconds, serving.entityPages > 0 ? serving.entityPages : ScaleSettings.ENTITY_PAGES);
            new ScaleBench(settings, spec.commandLine().getOut()).run();
        } finally {
            if (work == null) {
                deleteRecursively(folder);
            }
        }
    }

    /** The one number of articles that extract and corpus take. */
    private int documents() {
        if (documents.size() != 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), what + " takes one --documents number");
        }
        return Math.toIntExact(documents.get(0));
    }

    private void resolution() {
        Path home = TsunaguHome.folder();
        Path goldFile = gold != null ? gold : home.resolve("docs").resolve("eval").resolve("resolution").resolve("mentions.tsv");
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("samples", articles != null ? articles : home.resolve("examples").resolve("articles"));
        if (realDocs != null) {
            folders.put("real", realDocs);
        }
        ResolutionGold mentions = ResolutionGold.read(goldFile).restrictedTo(folders.keySet(), only);
        new ResolutionBench(mentions, folders).run(spec.commandLine().getOut());
    }

    private List<Document> samples() {
        Path folder = articles != null ? articles : TsunaguHome.folder().resolve("examples").resolve("articles");
        List<Document> samples = new ArrayList<>();
        ArticleFiles.of(List.of(folder), ReadOptions.defaults()).iterator().forEachRemaining(result -> {
            if (result instanceof ReadResult.Read read) {
                samples.add(read.document());
            }
        });
        return samples;
    }

    private double median(Runnable run) {
        double[] seconds = IntStream.range(0, runs).mapToDouble(i -> {
            long start = System.nanoTime();
            run.run();
            return (System.nanoTime() - start) / 1e9;
        }).sorted().toArray();
        return seconds[seconds.length / 2];
    }

    private static void report(PrintWriter out, String what, BenchCorpus corpus, double seconds) {
        out.printf(Locale.ROOT, "%-40s %,10.0f articles/s %8.2f MB/s  (median %.2f s)%n", what,
                corpus.documents().size() / seconds, corpus.megabytes() / seconds, seconds);
        out.flush();
    }

    private static int segment(Document document) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.ENGLISH);
        words.setText(document.text());
        int count = 0;
        while (words.next() != BreakIterator.DONE) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                count++;
            }
        }
        return count;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeakHeap() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
