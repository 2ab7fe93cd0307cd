package org.tsunagu.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.store.Database;

class IngestCommandTest {

    @TempDir
    Path folder;

    private Path articles() throws Exception {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Osaka, May 2, 2024 - Osaka Prefecture and Chonburi Province "
                + "signed a memorandum of understanding on logistics cooperation.\n");
        Files.writeString(articles.resolve("b.txt"), "Hanoi (VNA) - Vice Chairman of the Hanoi People's Committee "
                + "Le Van Minh received a delegation from Fukuoka City on Monday./.\n");
        return articles;
    }

    private String db() {
        return folder.resolve("data").resolve("kb.db").toString();
    }

    @Test
    void storesNewArticlesAndSummarisesThem() throws Exception {
        CommandRun run = CommandRun.of("ingest", "--db", db(), articles().toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(run.out()).contains("2 new, 0 unchanged, 0 failed").contains("facts:");
        try (Database database = Database.open(db())) {
            assertThat(database.counts().documents()).isEqualTo(2);
        }
    }

    @Test
    void reingestingTheSameArticlesChangesNothing() throws Exception {
        Path articles = articles();
        CommandRun.of("ingest", "--db", db(), articles.toString());
        long factsBefore;
        try (Database database = Database.open(db())) {
            factsBefore = database.counts().facts();
        }
        Files.copy(articles.resolve("a.txt"), articles.resolve("a-copy.txt"));

        CommandRun again = CommandRun.of("ingest", "--db", db(), articles.toString());

        assertThat(again.out()).contains("0 new, 3 unchanged, 0 failed");
        try (Database database = Database.open(db())) {
            assertThat(database.counts().documents()).isEqualTo(2);
            assertThat(database.counts().facts()).isEqualTo(factsBefore);
        }
    }

    @Test
    void reportsEveryBadFileByNameAndStoresTheRest() throws Exception {
        Path articles = articles();
        Files.write(articles.resolve("empty.txt"), new byte[0]);
        Files.write(articles.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 9});
        Files.writeString(articles.resolve("no-article.html"),
                "<html><head><script>var x = 1;</script></head><body><nav>Home | About</nav></body></html>");
        try (RandomAccessFile huge = new RandomAccessFile(articles.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }

        CommandRun run = CommandRun.of("ingest", "--db", db(), articles.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.out()).contains("2 new, 0 unchanged, 4 failed");
        assertThat(run.out()).contains("empty.txt", "binary.txt", "no-article.html", "huge.txt");
        try (Database database = Database.open(db())) {
            assertThat(database.counts().documents()).isEqualTo(2);
        }
    }

    @Test
    void saysInOneLineThatAPostgresqlServerCannotBeReachedWithoutShowingThePassword() throws Exception {
        CommandRun run = CommandRun.of("ingest", "--db", "jdbc:postgresql://127.0.0.1:1/tsunagu?user=u&password=secret",
                articles().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err().lines()).hasSize(1).first().asString()
                .startsWith("tsunagu: cannot connect to the PostgreSQL database: ").doesNotContain("secret");
    }

    @Test
    void saysOnceThatAPathDoesNotExistAndSumsUpNothing() throws Exception {
        CommandRun run = CommandRun.of("ingest", "--db", db(), "/no/such/articles");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err().lines()).containsExactly("tsunagu ingest: /no/such/articles: no such file or folder");
        assertThat(run.out()).doesNotContain("Ingested");
    }

    @Test
    void ingestsThePathsThatExistBesideOneThatDoesNot() throws Exception {
        CommandRun run = CommandRun.of("ingest", "--db", db(), articles().toString(), "/no/such/articles");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(run.err()).containsOnlyOnce("/no/such/articles");
        assertThat(run.out()).contains("Ingested 2 documents").contains("0 failed").doesNotContain("/no/such");
    }
}
