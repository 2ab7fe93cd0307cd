package org.tsunagu.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.document.StoredDocument;
import org.tsunagu.store.fact.FactQuery;
import org.tsunagu.store.fact.StoredFact;

class GeneratedCorpusTest {

    private static final int DOCUMENTS = 150;

    @TempDir
    static Path folder;

    private static Path corpus;
    private static String db;

    @BeforeAll
    static void writeAndIngestACorpus() {
        corpus = folder.resolve("corpus");
        db = folder.resolve("kb.db").toString();
        CommandRun written = write(corpus, 11);
        assertThat(written.exitCode()).as(written.err()).isEqualTo(ExitCodes.SUCCESS);
        CommandRun ingested = CommandRun.of("ingest", "--db", db, corpus.toString());
        assertThat(ingested.exitCode()).as(ingested.err()).isEqualTo(ExitCodes.SUCCESS);
    }

    private static CommandRun write(Path out, long seed) {
        return CommandRun.of("bench", "corpus", "--documents", String.valueOf(DOCUMENTS), "--seed", String.valueOf(seed),
                "--out", out.toString());
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readString(path));
            }
        }
        return files;
    }

    @Test
    void writesTheSameFilesForTheSameSeedAndOthersForAnother() throws IOException {
        Path again = folder.resolve("again");
        Path other = folder.resolve("other");
        write(again, 11);
        write(other, 12);

        assertThat(files(again)).hasSize(DOCUMENTS).isEqualTo(files(corpus));
        assertThat(files(other).values()).doesNotContainAnyElementsOf(files(corpus).values());
    }

    @Test
    void writesWireCopyPortalPagesPressReleasesAndNotices() throws IOException {
        assertThat(files(corpus).keySet()).anyMatch(name -> name.endsWith("-wire.txt"))
                .anyMatch(name -> name.endsWith("-portal.txt"))
                .anyMatch(name -> name.endsWith("-press_release.html"))
                .anyMatch(name -> name.endsWith("-notice.md"));
    }

    @Test
    void generatedArticlesStateFactsOfEveryKind() {
        try (Database database = Database.open(db)) {
            for (FactType type : FactType.values()) {
                assertThat(database.findFacts(FactQuery.all().withType(type)).total()).as(type.code()).isPositive();
            }
        }
    }

    @Test
    void hedgedAndNegatedPlansAreNotStoredAsAgreementsOrInvestments() {
        try (Database database = Database.open(db)) {
            List<StoredFact> agreements = database.findFacts(FactQuery.all().withType(FactType.AGREEMENT)
                    .withLimit(FactQuery.MAX_LIMIT)).items();
            List<StoredFact> investments = database.findFacts(FactQuery.all().withType(FactType.INVESTMENT)
                    .withLimit(FactQuery.MAX_LIMIT)).items();

            assertThat(files(corpus).values()).anyMatch(text -> text.contains("did not sign"))
                    .anyMatch(text -> text.contains("No decision has been made"));
            assertThat(agreements).extracting(StoredFact::sentence).noneMatch(s -> s.contains("did not sign"));
            assertThat(investments).extracting(StoredFact::sentence).noneMatch(s -> s.contains("considering"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void syndicatedCopiesAreStoredAsCopiesOfTheirOriginal() throws IOException {
        List<String> copies = files(corpus).keySet().stream().filter(name -> name.endsWith("-copy.txt")).toList();
        assertThat(copies).as("copies among %d articles", DOCUMENTS).isNotEmpty();
        try (Database database = Database.open(db)) {
            List<StoredDocument> documents = database.documents(DOCUMENTS, 0).items().stream()
                    .map(listing -> database.document(listing.id()).orElseThrow()).toList();

            List<StoredDocument> storedAsCopies = documents.stream()
                    .filter(document -> document.listing().name().contains("-copy"))
                    .filter(document -> !document.alsoPublishedBy().isEmpty())
                    .toList();
            long othersWithCopies = documents.stream()
                    .filter(document -> !document.listing().name().contains("-copy"))
                    .filter(document -> document.alsoPublishedBy().stream().anyMatch(c -> !c.name().contains("-copy")))
                    .count();

            assertThat(storedAsCopies).hasSameSizeAs(copies);
            assertThat(othersWithCopies).as("originals that copy each other").isZero();
        }
    }
}
