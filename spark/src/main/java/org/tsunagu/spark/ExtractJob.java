package org.tsunagu.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.tsunagu.ingest.source.ArticleFiles;

/**
 * Extracts the facts of a corpus on a Spark cluster (or a local master) and writes, under the
 * output folder, {@code documents/}: one {@link org.tsunagu.model.json.ExtractionJson} line per
 * document, text included, in input order (the article files in walk order, then each JSON Lines
 * file's records), which {@code tsunagu load} stores without the
 * originals; and {@code statements/}: Parquet, one row per fact (see {@link StatementRows}).
 *
 * <p>The corpus is files and folders of articles, read as {@code ingest} reads them, and JSON
 * Lines files ({@code .jsonl}, {@code .ndjson}) of {@code id, url, date, text} records. Only the
 * paths of article files are listed on the driver; executors read the files, so they must see
 * the same paths (a shared or local file system).
 */
public final class ExtractJob {

    /** Articles per task: enough to amortise a task's start, few enough for steady progress. */
    private static final int ARTICLES_PER_TASK = 100;

    private final SparkSession spark;

    public ExtractJob(SparkSession spark) {
        this.spark = spark;
    }

    public ExtractSummary run(List<Path> inputs, Path out, ExtractProgress progress) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JobCounters counters = new JobCounters(context.sc());
        DocumentExtraction extraction = new DocumentExtraction(counters);

        List<String> articleFiles = articleFiles(inputs);
        JavaRDD<String> lines = context.parallelize(articleFiles, tasks(context, articleFiles.size()))
                .flatMap(extraction::ofFile);
        long total = articleFiles.size();
        for (Path corpus : jsonLinesFiles(inputs)) {
            String file = corpus.toString();
            JavaRDD<String> records = context.textFile(file, context.defaultParallelism())
                    .filter(line -> !line.isBlank());
            total += records.count();
            lines = lines.union(records.flatMap(record -> extraction.ofRecord(file, record)));
        }

        long startNanos = System.nanoTime();
        String documents = out.resolve("documents").toString();
        try (ExtractProgress.Polling polling = progress.poll(counters::done, total)) {
            spark.createDataset(lines.rdd(), Encoders.STRING()).write().mode(SaveMode.Overwrite).text(documents);
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;

        // The statements are read back from the lines just written rather than kept from the
        // extraction: a second pass over small JSON costs far less than caching every text.
        Dataset<Row> statements = spark.createDataFrame(
                spark.read().text(documents).javaRDD().flatMap(StatementRows::of), StatementRows.SCHEMA);
        statements.write().mode(SaveMode.Overwrite).parquet(out.resolve("statements").toString());

        List<String> failures = counters.failures();
        return new ExtractSummary(total - failures.size(), failures, counters.factsByType(), seconds,
                spark.sparkContext().master(), out);
    }

    private static List<String> articleFiles(List<Path> inputs) {
        List<Path> articles = inputs.stream().filter(path -> !isJsonLines(path)).toList();
        return articles.isEmpty() ? List.of()
                : ArticleFiles.of(articles).paths().stream().map(Path::toString).toList();
    }

    private static List<Path> jsonLinesFiles(List<Path> inputs) {
        return inputs.stream().filter(ExtractJob::isJsonLines).toList();
    }

    private static boolean isJsonLines(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".jsonl") || name.endsWith(".ndjson")) && Files.isRegularFile(path);
    }

    private static int tasks(JavaSparkContext context, int articles) {
        return Math.max(context.defaultParallelism(), (articles + ARTICLES_PER_TASK - 1) / ARTICLES_PER_TASK);
    }
}
