package org.tsunagu.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.store.testing.TestPostgresql;

class ScaleBenchTest {

    @Test
    void measuresEverySizeFromIngestToThePagesPeopleUse(@TempDir Path work) {
        CommandRun run = CommandRun.of("bench", "scale", "--documents", "40,20", "--work", work.toString(),
                "--clients", "2", "--seconds", "1", "--entity-pages", "5");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(run.out()).contains("== 20 articles ==", "== 40 articles ==")
                .contains("articles/s per tenth of the way", "processor ms per article, per tenth")
                .contains("search index brought up to date")
                .contains("Spark local[2] extraction")
                .containsPattern("(?m)^/review +\\d+ .* 0$")
                .containsPattern("(?m)^/api/graph +\\d+ .* 0$")
                .containsPattern("(?m)^40 +\\d+");
        assertThat(work.resolve("corpus-1").resolve("0000")).isDirectory();
    }

    @Test
    void showsAPostgresqlDatabaseWithoutThePasswordItsAddressCarries(@TempDir Path work) {
        String postgresql = TestPostgresql.createStore();
        try {
            CommandRun run = CommandRun.of("bench", "scale", "--documents", "5", "--work", work.toString(), "--db",
                    postgresql, "--clients", "1", "--seconds", "1", "--entity-pages", "2");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SUCCESS);
            assertThat(run.out()).contains("database jdbc:postgresql://", "ingest into PostgreSQL")
                    .doesNotContain("password");
        } finally {
            TestPostgresql.dropStore(postgresql);
        }
    }

    @Test
    void measuresAgainADatabaseAnEarlierRunFilledWithoutIngestingItAgain(@TempDir Path work) {
        String db = filledWithTwentyArticles(work);

        CommandRun again = briefRun(work, db, "10,20");

        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(again.out()).contains("continuing from article 21 of the corpus: the database holds 20 articles",
                "10 articles: skipped", "ingest into SQLite: by an earlier run", "== 20 articles ==")
                .containsPattern("(?m)^20 +- +- ");
    }

    @Test
    void measuresADatabaseHoldingMoreThanTheLargestSizeAtWhatItHolds(@TempDir Path work) {
        String db = filledWithTwentyArticles(work);

        CommandRun smaller = briefRun(work, db, "10");

        assertThat(smaller.exitCode()).as(smaller.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(smaller.out()).contains("10 articles: the database holds 20, at which it is measured",
                "== 20 articles ==").containsPattern("(?m)^20 +- +- ").doesNotContain("articles: skipped", "per tenth");
    }

    @Test
    void givesADashForEachTenthOfTheWayThatAnEarlierRunIngested(@TempDir Path work) {
        String db = filledWithTwentyArticles(work);

        CommandRun further = briefRun(work, db, "30");

        assertThat(further.exitCode()).as(further.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(further.out()).containsPattern("as the database grows: - - - - - -( \\d+){4}\n")
                .containsPattern("per tenth: - - - - - -( \\d+\\.\\d){4}\n").doesNotContain("NaN");
    }

    /** A SQLite file that a run of the benchmark filled with the corpus's first 20 articles. */
    private static String filledWithTwentyArticles(Path work) {
        String db = work.resolve("kept.db").toString();
        CommandRun first = briefRun(work, db, "20");
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.SUCCESS);
        return db;
    }

    /** The benchmark over {@code db} at {@code sizes}, with one client for a second. */
    private static CommandRun briefRun(Path work, String db, String sizes) {
        return CommandRun.of("bench", "scale", "--documents", sizes, "--work", work.toString(), "--db", db,
                "--clients", "1", "--seconds", "1", "--entity-pages", "2");
    }
}
