package org.tsunagu.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.extraction.Extractor;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.ingest.InOrderWorkers;
import org.tsunagu.ingest.IngestListener;
import org.tsunagu.ingest.Ingestor;
import org.tsunagu.ingest.RecordedLines;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.json.ExtractionJson;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;

/** The job on a local[2] master, one session for all tests, against extraction in this process. */
class ExtractJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ARTICLES = repoRoot().resolve("examples").resolve("articles");

    private static SparkSession spark;
    private static Extractor extractor;
    private static ExtractSummary summary;

    @TempDir
    static Path out;

    @TempDir
    Path folder;

    @BeforeAll
    static void extractTheSamples() {
        spark = SparkSession.builder().master("local[2]").appName("tsunagu test")
                .config("spark.ui.enabled", "false").getOrCreate();
        extractor = Extractors.standard();
        summary = new ExtractJob(spark).run(List.of(ARTICLES), out, ExtractProgress.SILENT);
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void writesEachDocumentAsTheInProcessExtractionReadsIt() throws Exception {
        List<JsonNode> expected = new ArrayList<>();
        for (ReadResult result : ArticleFiles.of(List.of(ARTICLES)).readAll()) {
            expected.add(line(extractor.extract(((ReadResult.Read) result).document())));
        }

        List<JsonNode> written = documentLines(out);

        assertThat(written).hasSize(expected.size());
        // Equal JSON: same document, dates, facts, arguments and evidence offsets, in input order.
        for (int i = 0; i < expected.size(); i++) {
            assertThat(written.get(i)).as(expected.get(i).path("id").asText()).isEqualTo(expected.get(i));
        }
        assertThat(summary.documents()).isEqualTo(expected.size());
        assertThat(summary.failures()).isEmpty();
        assertThat(summary.facts()).isEqualTo(expected.stream().mapToLong(line -> line.path("facts").size()).sum());
    }

    @Test
    void writesOneStatementRowPerFactWithItsEvidence() throws Exception {
        List<String> expected = new ArrayList<>();
        for (JsonNode line : documentLines(out)) {
            int index = 0;
            for (JsonNode fact : line.path("facts")) {
                JsonNode evidence = fact.path("evidence");
                expected.add(String.join("|", line.path("id").asText(), String.valueOf(index++),
                        fact.path("type").asText(), evidence.path("sentence_start").asText(),
                        evidence.path("sentence_end").asText(), evidence.path("start").asText(),
                        evidence.path("end").asText(), fact.toString()));
            }
        }

        List<String> rows = spark.read().parquet(out.resolve("statements").toString()).collectAsList().stream()
                .map(ExtractJobTest::statement)
                .toList();

        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void readsJsonLinesCorporaAndNamesTheRecordsThatGiveNoDocument() throws Exception {
        String text = Files.readString(ARTICLES.resolve("01-quangninh-shizuoka-mou.txt"));
        ObjectNode record = JSON.createObjectNode().put("id", "wire-1").put("url", "https://news.example/wire-1")
                .put("date", "2024-03-12T08:00:00Z").put("text", text);
        Path corpus = folder.resolve("corpus.jsonl");
        Files.write(corpus, List.of(record.toString(), "", "{\"id\": \"wire-2\"}", "not json"));

        ExtractSummary run = new ExtractJob(spark).run(List.of(corpus), folder.resolve("out"), ExtractProgress.SILENT);

        Document document = Document.of("wire-1", "https://news.example/wire-1", text)
                .withPublished(PartialDate.parse("2024-03-12"));
        assertThat(documentLines(folder.resolve("out"))).containsExactly(line(extractor.extract(document)));
        assertThat(run.failures()).containsExactly(corpus + ": not a JSON object", corpus + ": wire-2: no text");
    }

    @Test
    void loadingTheLinesGivesTheKnowledgeBaseIngestGives() {
        try (Database ingested = Database.open(folder.resolve("ingested.db").toString());
                Database loaded = Database.open(folder.resolve("loaded.db").toString())) {
            int samples = ArticleFiles.of(List.of(ARTICLES)).readAll().size();
            new Ingestor(extractor, ingested, InOrderWorkers.allCores())
                    .ingest(ArticleFiles.of(List.of(ARTICLES)).iterator(), samples, IngestListener.SILENT);
            RecordedLines lines = RecordedLines.at(out);
            Ingestor loading = Ingestor.storingOnly(loaded, InOrderWorkers.allCores());

            assertThat(loading.store(lines.iterator(), lines.count(), IngestListener.SILENT).newDocuments())
                    .isEqualTo(samples);
            assertThat(loaded.dump()).isEqualTo(ingested.dump());
            assertThat(loading.store(lines.iterator(), lines.count(), IngestListener.SILENT).unchangedDocuments())
                    .isEqualTo(samples);
            assertThat(loaded.dump()).isEqualTo(ingested.dump());
        }
    }

    /** The line of an extraction as the job's lines read back: numbers as the JSON text gives them. */
    private static JsonNode line(Extraction extraction) throws Exception {
        return JSON.readTree(ExtractionJson.write(extraction).toString());
    }

    private static String statement(Row row) {
        return String.join("|", row.getAs("doc_id"), String.valueOf((int) row.getAs("fact_index")),
                row.getAs("type"), String.valueOf((int) row.getAs("sentence_start")),
                String.valueOf((int) row.getAs("sentence_end")), String.valueOf((int) row.getAs("evidence_start")),
                String.valueOf((int) row.getAs("evidence_end")), row.getAs("fact"));
    }

    private static List<JsonNode> documentLines(Path runOut) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(runOut.resolve("documents"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(part)) {
                    lines.add(JSON.readTree(line));
                }
            }
        }
        return lines;
    }

    private static Path repoRoot() {
        String root = System.getProperty("tsunagu.repoRoot");
        return root != null && !root.isBlank() ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
    }
}
