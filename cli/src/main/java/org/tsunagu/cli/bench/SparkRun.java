package org.tsunagu.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.tsunagu.cli.common.TsunaguHome;

/**
 * Spark local[2] extraction of the first articles of a corpus, run as its own process with the
 * spark module's jar, so that Spark never joins this command's class path. Skipped when the
 * module is not built.
 */
final class SparkRun {

    static final String SKIPPED = "skipped: build with ./tsunagu spark";
    private static final int FILES_PER_FOLDER = 1_000;

    private SparkRun() {
    }

    /** "1,234 articles/s", or why there is no figure. */
    static String extract(Path work, Path corpus, long size, PrintWriter out) {
        Path target = TsunaguHome.folder().resolve("spark").resolve("target");
        Path jar = target.resolve("tsunagu-spark.jar");
        Path lib = target.resolve("lib");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            out.println("Spark local[2] extraction: " + SKIPPED);
            return SKIPPED;
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseParallelGC", "-cp", jar + ":" + lib + "/*:" + lib + "/spark/*", "org.tsunagu.spark.Main",
                "extract", "--master", "local[2]", "--out", work.resolve("spark-" + size).toString()));
        long files = 0;
        for (long folder = 0; folder * FILES_PER_FOLDER < size; folder++) {
            Path path = corpus.resolve(String.format(Locale.ROOT, "%04d", folder));
            command.add(path.toString());
            files += count(path);
        }
        Path log = work.resolve("spark-" + size + ".log");
        try {
            long start = System.nanoTime();
            int exit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            String figure = exit == 0 ? String.format(Locale.ROOT, "%.0f articles/s", files / seconds)
                    : "failed (exit " + exit + "), see " + log;
            out.printf(Locale.ROOT, "Spark local[2] extraction of %,d articles: %s (%.1f s with the session's start)%n",
                    files, figure, seconds);
            out.flush();
            return figure;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run Spark", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static long count(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
