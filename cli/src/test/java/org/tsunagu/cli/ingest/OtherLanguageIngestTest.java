package org.tsunagu.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.store.Database;

/** Articles in a language extraction does not read are stored and searchable, without facts, and counted. */
class OtherLanguageIngestTest {

    private static final String JAPANESE = "静岡県とカンホア省は、観光と水産業の協力に関する覚書を締結した。"
            + "両地域は来年から職員の相互派遣を始める予定である。\n";
    private static final String VIETNAMESE = "Tỉnh Khánh Hòa và tỉnh Shizuoka đã ký biên bản ghi nhớ về hợp tác "
            + "du lịch và thủy sản. Hai địa phương sẽ trao đổi cán bộ từ năm sau.\n";

    @TempDir
    Path folder;

    @Test
    void storesJapaneseAndVietnameseArticlesWithoutFactsAndSaysWhy() throws Exception {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Files.writeString(articles.resolve("shizuoka.txt"), JAPANESE);
        Files.writeString(articles.resolve("khanh-hoa.txt"), VIETNAMESE);
        String db = folder.resolve("kb.db").toString();

        CommandRun run = CommandRun.of("ingest", "--db", db, articles.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(run.out()).contains("2 new, 0 unchanged, 0 failed").contains("2 not read: language ja, vi");
        try (Database database = Database.open(db)) {
            assertThat(database.counts().documents()).isEqualTo(2);
            assertThat(database.counts().facts()).isZero();
        }
    }

    @Test
    void findsAJapaneseArticleByAWordOfIt() throws Exception {
        Files.writeString(folder.resolve("shizuoka.txt"), JAPANESE);
        String db = folder.resolve("kb.db").toString();
        assertThat(CommandRun.of("ingest", "--db", db, folder.resolve("shizuoka.txt").toString()).exitCode())
                .isEqualTo(ExitCodes.SUCCESS);

        CommandRun search = CommandRun.of("search", "--db", db, "カンホア", "--limit", "1");

        assertThat(search.exitCode()).as(search.err()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(search.out().lines().findFirst().orElse("")).startsWith("document\t").contains("覚書");
    }

    @Test
    void readsEnglishArticlesAsBefore() throws Exception {
        Files.writeString(folder.resolve("a.txt"), "Osaka, May 2, 2024 - Osaka Prefecture and Chonburi Province "
                + "signed a memorandum of understanding on logistics cooperation.\n");
        String db = folder.resolve("kb.db").toString();

        CommandRun run = CommandRun.of("ingest", "--db", db, folder.resolve("a.txt").toString());

        assertThat(run.out()).doesNotContain("not read");
        try (Database database = Database.open(db)) {
            assertThat(database.counts().facts()).isPositive();
        }
    }
}
