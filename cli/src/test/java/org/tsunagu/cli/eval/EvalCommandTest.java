package org.tsunagu.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.cli.SharedEval;

/** Runs {@code tsunagu eval} on articles, gold and prediction files on disk. */
class EvalCommandTest {

    private static final String ARTICLE = """
            Kobe delegation visits Da Nang

            Da Nang, May 14, 2025 - Mayor of Kobe City Tanabe Hiroshi led a delegation to Da Nang on \
            Wednesday. Chairman of the Da Nang City People's Committee Le Trung Chinh received the delegation.

            Kobe and Da Nang signed a memorandum of understanding on port cooperation during the visit.
            """;

    /** What the article says, with a product it does not mention so that one fact is surely missed. */
    private static final String GOLD = """
            {"doc": "kobe-visit", "facts": [\
            {"type": "role", "person": "Hiroshi Tanabe", "title": "Mayor", "org": "Kobe City|Kobe"}, \
            {"type": "agreement", "parties": ["Da Nang City|Da Nang", "Kobe City|Kobe"], "kind": "mou", "date": "2025-05-14"}, \
            {"type": "product", "name": "Kobe Harbour Blend"}]}
            """;

    private static final List<String> TYPES = List.of("agreement", "relationship", "role", "event", "investment", "product");

    @TempDir
    Path folder;

    private Path articles;
    private Path gold;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void writeFiles() throws IOException {
        articles = Files.createDirectory(folder.resolve("articles"));
        Files.writeString(articles.resolve("kobe-visit.txt"), ARTICLE);
        gold = Files.writeString(folder.resolve("gold.jsonl"), GOLD);
    }

    @Test
    void scoresExtractedArticlesAgainstAGoldFileOnDisk() throws Exception {
        CommandRun run = CommandRun.of("eval", "--gold", gold.toString(), "--json", articles.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SUCCESS);
        JsonNode scores = json.readTree(run.out());
        assertThat(scores.path("role").path("tp").asInt()).isEqualTo(1);
        assertThat(scores.path("agreement").path("tp").asInt()).isEqualTo(1);
        assertThat(scores.path("product").path("fn").asInt()).isEqualTo(1);
        assertThat(scores.path("documents").asInt()).isEqualTo(1);
        assertThat(scores.path("attributes").path("agreement.date").asDouble()).isEqualTo(1.0);
    }

    @Test
    void printsATableOfTypesAndAttributeAccuracy() {
        CommandRun run = CommandRun.of("eval", "--gold", gold.toString(), articles.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("type             tp   fp   fn       P       R      F1")
                .containsPattern("(?m)^product\\s+0\\s+\\d+\\s+1\\s")
                .containsPattern("(?m)^micro\\s+2\\s")
                .contains("attribute accuracy over matched facts:", "role.org");
    }

    @Test
    void scoresTheSameWhetherItExtractsOrReadsExtractsOutput() throws Exception {
        CommandRun extract = CommandRun.of("extract", "--format", "eval-jsonl", articles.toString());
        Path predictions = Files.writeString(folder.resolve("pred.jsonl"), extract.out());
        CommandRun fromFile = CommandRun.of("eval", "--gold", gold.toString(), "--predictions", predictions.toString(), "--json");
        CommandRun extracting = CommandRun.of("eval", "--gold", gold.toString(), articles.toString(), "--json");
        assertThat(json.readTree(extracting.out())).isEqualTo(json.readTree(fromFile.out()));
    }

    @Test
    void scoresOnlyOrAllExceptTheListedDocuments() throws Exception {
        Path twoDocuments = Files.writeString(folder.resolve("two.jsonl"), """
                {"doc": "a1", "facts": [{"type": "product", "name": "Aoba Gold"}]}
                {"doc": "a2", "facts": [{"type": "product", "name": "Lumen Blue"}]}
                """);
        Path predictions = Files.writeString(folder.resolve("pred.jsonl"), """
                {"doc": "a1", "facts": [{"type": "product", "name": "Aoba Gold"}]}
                {"doc": "a2", "facts": []}
                """);
        Path heldOut = Files.writeString(folder.resolve("held-out.txt"), "# set aside\na2\n");
        JsonNode development = scores("--gold", twoDocuments.toString(), "--predictions", predictions.toString(),
                "--except", heldOut.toString());
        JsonNode held = scores("--gold", twoDocuments.toString(), "--predictions", predictions.toString(),
                "--only", heldOut.toString());
        assertThat(development.path("micro").path("tp").asInt()).isEqualTo(1);
        assertThat(development.path("micro").path("fn").asInt()).isZero();
        assertThat(held.path("micro").path("tp").asInt()).isZero();
        assertThat(held.path("micro").path("fn").asInt()).isEqualTo(1);
    }

    @Test
    void verboseListsMissedAndSpuriousFacts() throws Exception {
        Path predictions = Files.writeString(folder.resolve("pred.jsonl"), """
                {"doc": "kobe-visit", "facts": [{"type": "product", "name": "Kobe Tea"}]}
                """);
        CommandRun run = CommandRun.of("eval", "--gold", gold.toString(), "--predictions", predictions.toString(), "--verbose");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("missed    kobe-visit: {\"type\":\"role\"", "spurious  kobe-visit: {\"type\":\"product\",\"name\":\"Kobe Tea\"}");
    }

    @Test
    void reportsAMissingGoldFileOnOneLineWithExitCodeTwo() {
        Path absent = folder.resolve("absent.jsonl");
        CommandRun run = CommandRun.of("eval", "--gold", absent.toString(), articles.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("tsunagu: " + absent + ": no such file" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void reportsAMissingArticleFolderWithExitCodeTwo() {
        Path absent = folder.resolve("no-articles");
        CommandRun run = CommandRun.of("eval", "--gold", gold.toString(), absent.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("tsunagu: " + absent + ": no such file or folder");
    }

    @Test
    void asksForArticlesOrPredictionsButNotBoth() throws Exception {
        Path predictions = Files.writeString(folder.resolve("pred.jsonl"), "");
        assertThat(CommandRun.of("eval", "--gold", gold.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CommandRun.of("eval", "--gold", gold.toString(), "--predictions", predictions.toString(),
                articles.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void agreesWithScorePyOnTheSharedDevelopmentSet() throws Exception {
        Path eval = SharedEval.folderOrSkip();
        Path devGold = eval.resolve("dev/gold.jsonl");
        CommandRun extract = CommandRun.of("extract", "--format", "eval-jsonl", eval.resolve("dev/docs").toString());
        Path predictions = Files.writeString(folder.resolve("pred.jsonl"), extract.out());
        JsonNode ours = scores("--gold", devGold.toString(), "--predictions", predictions.toString());
        JsonNode theirs = json.readTree(scorePy(eval, devGold, predictions));
        for (String type : TYPES) {
            for (String count : List.of("tp", "fp", "fn")) {
                assertThat(ours.path(type).path(count).asInt()).as(type + " " + count)
                        .isEqualTo(theirs.path(type).path(count).asInt());
            }
        }
        assertThat(ours.path("attributes")).isEqualTo(theirs.path("attributes"));
    }

    private JsonNode scores(String... options) throws IOException {
        String[] arguments = new String[options.length + 2];
        arguments[0] = "eval";
        arguments[1] = "--json";
        System.arraycopy(options, 0, arguments, 2, options.length);
        CommandRun run = CommandRun.of(arguments);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return json.readTree(run.out());
    }

    private static String scorePy(Path eval, Path gold, Path predictions) throws IOException, InterruptedException {
        Process python = new ProcessBuilder("python3", eval.resolve("score.py").toString(), gold.toString(),
                predictions.toString(), "--json").start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).as(output).isZero();
        return output;
    }
}
