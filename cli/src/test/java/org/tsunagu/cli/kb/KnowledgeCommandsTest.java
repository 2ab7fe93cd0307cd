package org.tsunagu.cli.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.ExitCodes;

class KnowledgeCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listsEntitiesAndFactsAndRecordsAReviewInTheAuditLog(@TempDir Path folder) throws Exception {
        String db = folder.resolve("kb.db").toString();
        assertThat(CommandRun.of("ingest", "--db", db, "../examples/articles").exitCode()).isEqualTo(ExitCodes.SUCCESS);

        CommandRun jetro = CommandRun.of("entities", "--db", db, "--text", "Japan External Trade", "--json");
        assertThat(jetro.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        JsonNode entity = JSON.readTree(jetro.out().lines().findFirst().orElseThrow());
        assertThat(entity.get("aliases").toString()).contains("JETRO");

        CommandRun facts = CommandRun.of("facts", "--db", db, "--type", "agreement", "--json", "--limit", "1");
        long fact = JSON.readTree(facts.out().lines().findFirst().orElseThrow()).get("id").asLong();

        CommandRun reject = CommandRun.of("review", "reject", "--db", db, "--user", "alice", String.valueOf(fact));
        assertThat(reject.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(CommandRun.of("facts", "--db", db, "--state", "rejected", "--json").out())
                .contains("\"id\":" + fact + ",");
        CommandRun log = CommandRun.of("review", "log", "--db", db, "--json");
        JsonNode entry = JSON.readTree(log.out().lines().findFirst().orElseThrow());
        assertThat(entry.get("user").asText()).isEqualTo("alice");
        assertThat(entry.at("/before/state").asText()).isEqualTo("proposed");
        assertThat(entry.at("/after/state").asText()).isEqualTo("rejected");
    }

    @Test
    void listsPlacesAsPrefecturesAndProvincesWithTheirOwnLanguagesNames(@TempDir Path folder) throws Exception {
        String db = folder.resolve("kb.db").toString();
        CommandRun.of("ingest", "--db", db, "../examples/articles/01-quangninh-shizuoka-mou.txt");

        CommandRun shizuoka = CommandRun.of("entities", "--db", db, "--type", "place", "--text", "Shizuoka");
        CommandRun quangNinh = CommandRun.of("entities", "--db", db, "--type", "place", "--text", "Quang Ninh", "--json");

        assertThat(shizuoka.out()).contains("(prefecture in Japan)");
        JsonNode province = JSON.readTree(quangNinh.out().lines().findFirst().orElseThrow());
        assertThat(province.get("level").asText()).isEqualTo("province");
        assertThat(province.get("native_name").asText()).isEqualTo("Quảng Ninh");
    }

    @Test
    void renamesRetypesAndPlacesAnEntityAndLogsEachChange(@TempDir Path folder) throws Exception {
        String db = folder.resolve("kb.db").toString();
        CommandRun.of("ingest", "--db", db, "../examples/articles/01-quangninh-shizuoka-mou.txt");
        String shizuoka = String.valueOf(JSON.readTree(CommandRun.of("entities", "--db", db, "--type", "place", "--text",
                "Shizuoka", "--json").out().lines().findFirst().orElseThrow()).get("id").asLong());

        CommandRun rename = CommandRun.of("review", "rename", "--db", db, "--user", "kai", shizuoka, "Shizuoka Prefecture");
        CommandRun orphan = CommandRun.of("review", "set-parent", "--db", db, "--user", "kai", shizuoka, "--none");
        CommandRun wrongType = CommandRun.of("review", "set-type", "--db", db, shizuoka, "planet");

        assertThat(rename.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(orphan.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(wrongType.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrongType.err()).contains("unknown value 'planet'");
        JsonNode entity = JSON.readTree(CommandRun.of("entities", "--db", db, "--type", "place", "--text", "Shizuoka",
                "--json").out().lines().findFirst().orElseThrow());
        assertThat(entity.get("name").asText()).isEqualTo("Shizuoka Prefecture");
        assertThat(entity.get("parent").isNull()).isTrue();
        assertThat(CommandRun.of("review", "log", "--db", db, "--user", "kai").out())
                .contains("\"op\":\"rename\"", "\"op\":\"set-parent\"");
    }

    @Test
    void anOperationThatDoesNotApplyIsAUsageErrorNamingTheReason(@TempDir Path folder) {
        String db = folder.resolve("kb.db").toString();

        CommandRun run = CommandRun.of("review", "accept", "--db", db, "999");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no fact 999");
    }
}
