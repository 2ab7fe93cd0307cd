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

    /** The samples spell these places otherwise, or not at all: the reference data knows the other names. */
    @Test
    void findsEachPlaceFirstByAnyNameItHas(@TempDir Path folder) {
        String db = folder.resolve("kb.db").toString();
        assertThat(CommandRun.of("ingest", "--db", db, "../examples/articles").exitCode()).isEqualTo(ExitCodes.SUCCESS);

        assertThat(firstHit(db, "Hà Nội")).isEqualTo("place\tHanoi");
        assertThat(firstHit(db, "Ha Noi")).isEqualTo("place\tHanoi");
        assertThat(firstHit(db, "ハノイ")).isEqualTo("place\tHanoi");
        assertThat(firstHit(db, "HCMC")).isEqualTo("place\tHo Chi Minh City");
        assertThat(firstHit(db, "Saigon")).isEqualTo("place\tHo Chi Minh City");
        assertThat(firstHit(db, "Danang")).isEqualTo("place\tDa Nang");
        assertThat(firstHit(db, "ダナン")).isEqualTo("place\tDa Nang");
        assertThat(firstHit(db, "Pusan")).startsWith("place\tBusan");
        assertThat(firstHit(db, "大阪")).startsWith("place\tOsaka");
    }

    /** The type and title of the first result, as the text listing shows them. */
    private static String firstHit(String db, String query) {
        CommandRun run = CommandRun.of("search", "--db", db, query, "--limit", "1");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SUCCESS);
        String[] columns = run.out().lines().findFirst().orElse("").split("\t");
        assertThat(columns).as("the first result for %s: %s", query, run.out()).hasSizeGreaterThan(3);
        assertThat(columns[0]).as("the kind of the first result for %s", query).isEqualTo("entity");
        return columns[2] + "\t" + columns[3];
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
