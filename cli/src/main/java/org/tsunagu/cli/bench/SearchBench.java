package org.tsunagu.cli.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tsunagu.search.Facet;
import org.tsunagu.search.IndexSize;
import org.tsunagu.search.RebuildListener;
import org.tsunagu.search.SearchIndex;
import org.tsunagu.search.SearchRequest;
import org.tsunagu.store.Database;
import org.tsunagu.store.feed.FeedSize;
import org.tsunagu.store.feed.GraphFeed;

/**
 * Times the search index over a large store: the rebuild, its size, and the latency of a fixed
 * list of searches (single words, two words, folded spellings, with facets), each a whole
 * {@code SearchIndex.search} as a request makes it: freshness check, hits, facets, snippets.
 */
final class SearchBench {

    /** The searches, by group; all words occur in the sample articles the corpus is made of. */
    static final Map<String, List<SearchRequest>> QUERIES = queries();
    private static final int ROUNDS = 20;
    /** Untimed rounds first, so that the timed ones run compiled code. */
    private static final int WARM_UP_ROUNDS = 10;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SearchBench() {
    }

    static void run(Database database, PrintWriter out) {
        FeedSize size;
        try (GraphFeed feed = database.feed()) {
            size = feed.size();
        }
        out.printf(Locale.ROOT, "store: %,d documents, %,d facts as read (%,d knowledge facts), %,d entities%n",
                database.counts().documents(), database.counts().facts(), size.facts(), size.entities());
        try (SearchIndex index = SearchIndex.open(database)) {
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            index.rebuild(RebuildListener.SILENT);
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            double buildCpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            IndexSize indexSize = index.size();
            out.printf(Locale.ROOT, "index rebuilt in %.1f s (%.1f s of CPU): %,d entries, %.1f MB%n", buildSeconds,
                    buildCpu, indexSize.entries(), indexSize.bytes() / 1e6);
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                QUERIES.values().forEach(requests -> requests.forEach(index::search));
            }
            Latencies all = new Latencies();
            Latencies allCpu = new Latencies();
            out.printf(Locale.ROOT, "%-22s %6s %8s %8s %8s %11s  (ms, %d rounds)%n", "searches", "count", "median",
                    "p95", "p99", "CPU median", ROUNDS);
            QUERIES.forEach((group, requests) -> {
                Latencies latencies = new Latencies();
                Latencies cpu = new Latencies();
                for (int round = 0; round < ROUNDS; round++) {
                    for (SearchRequest request : requests) {
                        long begin = System.nanoTime();
                        long cpuBegin = CPU.getCurrentThreadCpuTime();
                        index.search(request);
                        latencies.add(System.nanoTime() - begin);
                        cpu.add(CPU.getCurrentThreadCpuTime() - cpuBegin);
                    }
                }
                all.addAll(latencies);
                allCpu.addAll(cpu);
                print(out, group, latencies, cpu);
            });
            print(out, "all", all, allCpu);
        }
        out.flush();
    }

    /** CPU time too: on a shared machine, waiting for a core inflates the wall-clock figures. */
    private static void print(PrintWriter out, String what, Latencies latencies, Latencies cpu) {
        out.printf(Locale.ROOT, "%-22s %6d %8.2f %8.2f %8.2f %11.2f%n", what, latencies.count(), latencies.millis(0.5),
                latencies.millis(0.95), latencies.millis(0.99), cpu.millis(0.5));
        out.flush();
    }

    private static Map<String, List<SearchRequest>> queries() {
        Map<String, List<SearchRequest>> queries = new LinkedHashMap<>();
        queries.put("single words", List.of(SearchRequest.of("JETRO"), SearchRequest.of("MOU"),
                SearchRequest.of("investment"), SearchRequest.of("Shizuoka"), SearchRequest.of("tourism"),
                SearchRequest.of("coffee")));
        queries.put("two words", List.of(SearchRequest.of("Quang Ninh"), SearchRequest.of("sister cities"),
                SearchRequest.of("human resources"), SearchRequest.of("trade mission"), SearchRequest.of("Chiang Mai")));
        queries.put("folded names", List.of(SearchRequest.of("QUẢNG NINH"), SearchRequest.of("ha long"),
                SearchRequest.of("Hà Nội"), SearchRequest.of("binh duong"), SearchRequest.of("ＪＥＴＲＯ")));
        queries.put("with facets", List.of(SearchRequest.of("Quang Ninh").withFilter(Facet.TYPE, "agreement"),
                SearchRequest.of("investment").withFilter(Facet.COUNTRY, "Japan"),
                SearchRequest.of("MOU").withFilter(Facet.YEAR, "2024"),
                SearchRequest.of("tourism").withFilter(Facet.KIND, "document"),
                SearchRequest.of("JETRO").withFilter(Facet.STATE, "proposed"),
                SearchRequest.of("").withFilter(Facet.COUNTRY, "Vietnam")));
        queries.put("everything (no words)", List.of(SearchRequest.of("")));
        return queries;
    }
}
