package org.tsunagu.cli.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.search.SearchIndex;

class SearchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void ingestIndexesAndSearchFindsFoldedWordsWithFacets(@TempDir Path folder) throws Exception {
        Path db = folder.resolve("kb.db");
        assertThat(CommandRun.of("ingest", "--db", db.toString(), "../examples/articles").exitCode())
                .isEqualTo(ExitCodes.SUCCESS);
        assertThat(SearchIndex.folderOf(db)).isDirectory();

        CommandRun text = CommandRun.of("search", "--db", db.toString(), "quang", "ninh", "--limit", "3");
        CommandRun json = CommandRun.of("search", "--db", db.toString(), "QUẢNG NINH", "--type", "agreement", "--json");

        assertThat(text.exitCode()).as(text.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(text.out()).contains("«Quang Ninh»").contains("3 of ").contains("country: Vietnam");
        JsonNode body = JSON.readTree(json.out());
        assertThat(body.get("total").asLong()).isPositive();
        assertThat(body.get("items").findValuesAsText("type")).containsOnly("agreement");
        assertThat(body.get("items").get(0).get("url").asText()).startsWith("/facts/");
    }

    @Test
    void aBadFacetValueIsAUsageError(@TempDir Path folder) {
        CommandRun run = CommandRun.of("search", "--db", folder.resolve("kb.db").toString(), "x", "--type", "treaty");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown type 'treaty'");
    }

    @Test
    void reindexBuildsTheIndexAgainAndSaysHowBig(@TempDir Path folder) {
        String db = folder.resolve("kb.db").toString();
        CommandRun.of("ingest", "--db", db, "../examples/articles/01-quangninh-shizuoka-mou.txt");

        CommandRun run = CommandRun.of("reindex", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(run.out()).containsPattern("indexed \\d+ entries \\([0-9.]+ MB\\) in [0-9.]+ s");
    }
}
