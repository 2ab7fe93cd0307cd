package org.tsunagu.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.model.time.PartialDate;

class ExtractCommandTest {

    /** The fields SCHEMA.md says each type must carry, and the values its closed fields may take. */
    private static final Map<String, List<String>> KEY_FIELDS = Map.of(
            "agreement", List.of("parties", "kind"),
            "relationship", List.of("a", "b", "kind"),
            "role", List.of("person", "title"),
            "event", List.of("kind", "date"),
            "investment", List.of("investor", "destination", "amount"),
            "product", List.of("name"));
    private static final Map<String, Set<String>> KINDS = Map.of(
            "agreement", Set.of("mou", "cooperation_agreement", "friendship_agreement", "other"),
            "relationship", Set.of("friendship", "cooperation"),
            "event", Set.of("meeting", "visit", "signing", "conference", "symposium", "exhibition", "opening", "other"),
            "investment", Set.of("fdi_total", "project", "pledge", "trade"));
    private static final List<String> DATE_FIELDS = List.of("date", "end_date", "since", "as_of");

    private static final String ARTICLE = """
            Kumamoto and Hue sign tourism MOU

            Hue, March 12, 2024 - The Hue City People's Committee and Kumamoto Prefecture signed a \
            memorandum of understanding on tourism and agriculture on Tuesday. The document was signed \
            by Chairman of the Hue City People's Committee Pham Thi Lan and Governor of Kumamoto \
            Prefecture Mori Takeshi.

            Hue has been a sister city of Kumamoto City since 2009. Japanese investment in Hue reached \
            120 million USD by the end of 2023, ranking second among 20 countries and territories.
            """;

    @TempDir
    Path folder;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void writeArticles() throws Exception {
        Files.writeString(folder.resolve("hue-kumamoto.txt"), ARTICLE);
        Files.writeString(folder.resolve("second.md"), "# Note\n\nKobe and Da Nang held talks in Kobe on 3 June 2025.\n");
    }

    @Test
    void writesOneSchemaLinePerDocumentInEvalFormat() throws Exception {
        CommandRun run = CommandRun.of("extract", "--format", "eval-jsonl", folder.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SUCCESS);
        List<JsonNode> lines = lines(run.out());
        assertThat(lines).extracting(line -> line.get("doc").asText()).containsExactly("hue-kumamoto", "second");
        List<JsonNode> facts = new ArrayList<>();
        lines.forEach(line -> line.get("facts").forEach(facts::add));
        assertThat(facts).isNotEmpty();
        for (JsonNode fact : facts) {
            String type = fact.get("type").asText();
            assertThat(KEY_FIELDS).containsKey(type);
            assertThat(KEY_FIELDS.get(type)).allSatisfy(field -> assertThat(fact.has(field)).as(type + "." + field).isTrue());
            if (KINDS.containsKey(type)) {
                assertThat(KINDS.get(type)).contains(fact.get("kind").asText());
            }
            for (String field : DATE_FIELDS) {
                JsonNode date = fact.path(field);
                if (date.isTextual()) {
                    assertThat(PartialDate.tryParse(date.asText())).as(field + " " + date).isPresent();
                }
            }
            for (String nameField : List.of("parties", "signatories", "participants", "organizers")) {
                fact.path(nameField).forEach(name -> assertThat(name.isTextual()).as(nameField).isTrue());
            }
        }
        assertThat(facts).extracting(f -> f.get("type").asText()).contains("agreement", "role");
    }

    @Test
    void fullFormCarriesEvidenceThatPointsIntoTheText() throws Exception {
        CommandRun run = CommandRun.of("extract", "--format", "json", folder.resolve("hue-kumamoto.txt").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode line = lines(run.out()).get(0);
        String text = org.tsunagu.model.document.Document.of("x", "x", ARTICLE).text();
        assertThat(line.get("sha256").asText()).hasSize(64);
        assertThat(line.get("facts")).isNotEmpty();
        for (JsonNode fact : line.get("facts")) {
            JsonNode evidence = fact.get("evidence");
            int sentenceStart = evidence.get("sentence_start").asInt();
            int sentenceEnd = evidence.get("sentence_end").asInt();
            assertThat(text.substring(sentenceStart, sentenceEnd)).isEqualTo(evidence.get("sentence_text").asText());
            assertThat(evidence.get("start").asInt()).isBetween(sentenceStart, sentenceEnd);
            assertThat(fact.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(evidence.get("document").asText()).isEqualTo("hue-kumamoto");
        }
    }

    @Test
    void reportsAFailedFileAndStillWritesTheOthers() throws Exception {
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        CommandRun run = CommandRun.of("extract", "--format", "eval-jsonl", folder.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).contains("empty.txt");
        assertThat(lines(run.out())).hasSize(2);
    }

    private List<JsonNode> lines(String output) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.strip().split("\n")) {
            lines.add(json.readTree(line));
        }
        return lines;
    }
}
