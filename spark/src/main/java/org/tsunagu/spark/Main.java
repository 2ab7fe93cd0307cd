package org.tsunagu.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * {@code tsunagu spark extract [--master URL] --out DIR PATH...}: the entry point for the
 * {@code tsunagu} script, which runs it in-process with a local master, and for
 * {@code spark-submit --class org.tsunagu.spark.Main}, where the master comes from spark-submit.
 */
public final class Main {

    static final String USAGE = String.join("\n",
            "Usage: tsunagu spark extract [--master URL] --out DIR PATH...",
            "Extract the facts of article files and folders (.txt, .md, .html, .pdf) and JSON Lines",
            "corpora (.jsonl: id, url, date, text) on Apache Spark, and write DIR/documents (JSON Lines",
            "for 'tsunagu load') and DIR/statements (Parquet, one row per fact).",
            "  --master URL  Spark master, e.g. local[2] (default: spark-submit's, else local[*])",
            "  --out DIR     output folder; its documents/ and statements/ are replaced");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("tsunagu spark: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        if (arguments == null) {
            System.out.println(USAGE);
            return 0;
        }
        long startNanos = System.nanoTime();
        SparkSession.Builder builder = SparkSession.builder().appName("tsunagu extract")
                .config("spark.ui.enabled", "false");
        if (arguments.master() != null) {
            builder.master(arguments.master());
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            System.err.printf(Locale.ROOT, "tsunagu: Spark %s session %s started in %.1f s%n", spark.version(),
                    spark.sparkContext().master(), (System.nanoTime() - startNanos) / 1e9);
            ExtractSummary summary = new ExtractJob(spark).run(arguments.inputs(), arguments.out(),
                    new ExtractProgress(System.err, 1_000));
            summary.print(System.out);
            return summary.failures().isEmpty() ? 0 : 1;
        } finally {
            spark.stop();
        }
    }

    /** The parsed command line; null from {@link #parse} means help was asked for. */
    record Arguments(String master, Path out, List<Path> inputs) {

        static Arguments parse(String[] args) {
            List<String> rest = new ArrayList<>(List.of(args));
            if (rest.isEmpty() || !rest.get(0).equals("extract")) {
                if (rest.contains("--help") || rest.contains("-h")) {
                    return null;
                }
                throw new IllegalArgumentException("name a command: extract");
            }
            rest.remove(0);
            String master = null;
            Path out = null;
            List<Path> inputs = new ArrayList<>();
            for (int i = 0; i < rest.size(); i++) {
                String arg = rest.get(i);
                switch (arg) {
                    case "--help", "-h" -> {
                        return null;
                    }
                    case "--master" -> master = value(rest, ++i, arg);
                    case "--out" -> out = Path.of(value(rest, ++i, arg));
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        inputs.add(Path.of(arg));
                    }
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("--out DIR is required");
            }
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("name at least one file or folder to extract");
            }
            return new Arguments(master, out, inputs);
        }

        private static String value(List<String> args, int index, String option) {
            if (index >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(index);
        }
    }
}
