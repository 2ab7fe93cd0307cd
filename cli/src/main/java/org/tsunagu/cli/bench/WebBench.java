package org.tsunagu.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * A load test of a running web server: {@code clients} threads, each sending its next GET as
 * soon as the last one is answered, for a fixed time and never more than a fixed number of
 * requests, to a list of paths. Prints requests per second, latency percentiles and errors per
 * kind of path (the path before its query string, ids as {id}).
 */
final class WebBench {

    /** Stops a run that is somehow faster than any server here: the load stays bounded. */
    private static final long MAX_REQUESTS = 5_000_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Untimed rounds over every path first, so that the timed requests run compiled code. */
    private static final int WARM_UP_ROUNDS = 5;

    private final URI base;
    private final List<String> paths;
    private final Map<String, String> headers;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();

    WebBench(URI base, List<String> paths) {
        this(base, paths, Map.of());
    }

    /** With {@code headers} on every request, such as an API token for pages only editors see. */
    WebBench(URI base, List<String> paths, Map<String, String> headers) {
        this.base = base;
        this.paths = List.copyOf(paths);
        this.headers = Map.copyOf(headers);
    }

    /** The pages and API calls a person or a script makes most: home, search page, search API. */
    static List<String> standardPaths() {
        List<String> paths = new ArrayList<>();
        paths.add("/");
        for (var requests : SearchBench.QUERIES.values()) {
            for (var request : requests) {
                StringBuilder query = new StringBuilder("?q=" + URLEncoder.encode(request.text(), StandardCharsets.UTF_8));
                request.filters().forEach((facet, value) -> query.append('&').append(facet.code()).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
                paths.add("/search" + query);
                paths.add("/api/search" + query);
            }
        }
        return paths;
    }

    /** Prints the figures, and returns each kind of path's latencies. */
    Map<String, Latencies> run(int clients, int seconds, PrintWriter out) {
        out.printf(Locale.ROOT, "%d clients for %d s against %s, %d paths, after %d untimed rounds over them%n",
                clients, seconds, base, paths.size(), WARM_UP_ROUNDS);
        out.flush();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            client(0, 1, Long.MAX_VALUE, paths.size());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<Future<Map<String, Tally>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            results.add(threads.submit(() -> client(first, clients, deadline, MAX_REQUESTS / clients)));
        }
        Map<String, Tally> byKind = new TreeMap<>();
        try {
            for (Future<Map<String, Tally>> result : results) {
                result.get().forEach((kind, tally) -> byKind.computeIfAbsent(kind, k -> new Tally()).add(tally));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "%-22s %9s %9s %8s %8s %8s %7s%n", "path", "requests", "per s", "p50 ms", "p95 ms",
                "p99 ms", "errors");
        Tally total = new Tally();
        byKind.forEach((kind, tally) -> {
            print(out, kind, tally, elapsed);
            total.add(tally);
        });
        print(out, "all", total, elapsed);
        // On a shared machine the rates say more about the neighbours than about the server: CPU
        // per request (server and clients, when the server runs in this process) does not.
        out.printf(Locale.ROOT, "CPU of this process per request: %.2f ms; load average %.1f on %d cores%n",
                (processCpuNanos() - cpuStarted) / 1e6 / Math.max(1, total.latencies.count()),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        out.flush();
        Map<String, Latencies> latencies = new TreeMap<>();
        byKind.forEach((kind, tally) -> latencies.put(kind, tally.latencies));
        return latencies;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Sends requests until the deadline or the limit, starting at path {@code first}, taking every {@code step}th. */
    private Map<String, Tally> client(int first, int step, long deadline, long limit) {
        Map<String, Tally> tallies = new TreeMap<>();
        long sent = 0;
        for (int i = first; System.nanoTime() < deadline && sent < limit; i += step, sent++) {
            String path = paths.get(i % paths.size());
            Tally tally = tallies.computeIfAbsent(kind(path), k -> new Tally());
            HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
            headers.forEach(builder::header);
            HttpRequest request = builder.build();
            long begin = System.nanoTime();
            try {
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                tally.latencies.add(System.nanoTime() - begin);
                if (response.statusCode() >= 400) {
                    tally.errors++;
                }
            } catch (IOException e) {
                tally.errors++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return tallies;
    }

    /** "/search", "/api/search", "/entities/{id}": what a path asks for, without its parameters. */
    static String kind(String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return bare.replaceAll("/[0-9]+(?=/|$)", "/{id}");
    }

    private static void print(PrintWriter out, String kind, Tally tally, double seconds) {
        out.printf(Locale.ROOT, "%-22s %9d %9.1f %8.2f %8.2f %8.2f %7d%n", kind, tally.latencies.count(),
                tally.latencies.count() / seconds, tally.latencies.millis(0.5), tally.latencies.millis(0.95),
                tally.latencies.millis(0.99), tally.errors);
    }

    /** One kind of path's timings and failed requests (an error status or no answer). */
    private static final class Tally {
        private final Latencies latencies = new Latencies();
        private long errors;

        void add(Tally other) {
            latencies.addAll(other.latencies);
            errors += other.errors;
        }
    }
}
