package org.tsunagu.cli.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.extraction.Extractor;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.document.DocumentListing;
import org.tsunagu.store.knowledge.CitedFact;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityQuery;

/**
 * Copies of one story (the same text re-posted by many outlets, each with its own first line and
 * footer) are one report: each fact they state is one knowledge fact with one source and the
 * confidence of one document, its events and roles are one each, and the copies are listed as
 * also published by. Articles that only share a subject stay apart.
 */
class ReportCopiesTest {

    private static final Path SAMPLES = Path.of("../examples/articles");
    private static final Path WIRE_STORY = SAMPLES.resolve("43-davao-okinawa-wire.txt");
    /** A mayor known by one name and a seminar with no date: both private to their report. */
    private static final String SEMINAR_STORY = """
            Bacolod and Matsuyama plan tourism seminar, ferry study

            BACOLOD CITY -- Officials of Bacolod City and Japan's Matsuyama City agreed to hold a tourism \
            promotion seminar to draw more visitors between the two cities, city hall said.

            Bacolod City Mayor Teodoro told reporters that the seminar would bring together tour operators, \
            hotel owners and travel writers from both sides, and that the city council had already set aside \
            funds for the event.

            Teodoro said a study of a ferry and air connection through Cebu would follow, although no date \
            has been fixed for it. Matsuyama officials are expected to send a delegation of business leaders \
            later, according to the city's tourism office.

            Both cities have promoted sugar, citrus and handicraft products at fairs in recent years, and \
            local chambers of commerce said they hoped the seminar would lead to new orders for growers and \
            craft makers.
            """;
    private static final int COPIES = 32;

    private static Extractor extractor;

    @BeforeAll
    static void loadTheExtractor() {
        extractor = Extractors.standard();
    }

    @Test
    void countsThirtyTwoCopiesOfAStoryAsOneSourceWithTheConfidenceOfOne(@TempDir Path folder) throws IOException {
        List<Extraction> copies = extract(copies(folder.resolve("wire"), Files.readString(WIRE_STORY), COPIES));
        Map<String, Double> alone;
        try (Database database = Database.open(folder.resolve("one.db").toString())) {
            database.save(copies.get(0));
            alone = confidenceBySummary(database);
        }

        try (Database database = Database.open(folder.resolve("copies.db").toString())) {
            copies.forEach(database::save);

            assertThat(confidenceBySummary(database)).isEqualTo(alone).isNotEmpty();
            assertThat(knowledgeFacts(database)).allSatisfy(fact -> assertThat(fact.sources()).singleElement()
                    .satisfies(source -> assertThat(source.alsoPublishedBy()).hasSize(COPIES - 1)));
            assertThat(citedFacts(database)).isNotEmpty().allSatisfy(fact -> assertThat(fact.sources()).isEqualTo(1));
        }
    }

    @Test
    void mergesTheEventAndTheRoleOfCopiesOfAStory(@TempDir Path folder) throws IOException {
        List<Extraction> copies = extract(copies(folder.resolve("seminar"), SEMINAR_STORY, COPIES));

        try (Database database = Database.open(folder.resolve("copies.db").toString())) {
            copies.forEach(database::save);

            assertThat(summaries(database, FactType.EVENT)).singleElement().asString()
                    .startsWith("Symposium: ").containsIgnoringCase("Matsuyama plan tourism seminar");
            assertThat(summaries(database, FactType.ROLE)).containsExactly("Role: Teodoro, Mayor, Bacolod City");
        }
    }

    @Test
    void listsTheOtherCopiesAsAlsoPublishedByOnEachCopysPage(@TempDir Path folder) throws IOException {
        List<Extraction> copies = extract(copies(folder.resolve("wire"), Files.readString(WIRE_STORY), COPIES));

        try (Database database = Database.open(folder.resolve("copies.db").toString())) {
            copies.forEach(database::save);

            for (DocumentListing listing : database.documents(COPIES, 0).items()) {
                assertThat(database.document(listing.id()).orElseThrow().alsoPublishedBy())
                        .hasSize(COPIES - 1)
                        .noneMatch(copy -> copy.document() == listing.id())
                        .allSatisfy(copy -> assertThat(copy.name()).startsWith("outlet-"));
            }
        }
    }

    @Test
    void keepsDifferentArticlesAboutTheSamePlacesApart(@TempDir Path folder) {
        List<Extraction> samples = extract(SAMPLES);

        try (Database database = Database.open(folder.resolve("samples.db").toString())) {
            samples.forEach(database::save);

            List<DocumentListing> documents = database.documents(1_000, 0).items();
            assertThat(documents).hasSizeGreaterThan(60);
            assertThat(documents).allSatisfy(listing ->
                    assertThat(database.document(listing.id()).orElseThrow().alsoPublishedBy()).isEmpty());
        }
    }

    @Test
    void givesTheSameGraphForCopiesIngestedInAnyOrder(@TempDir Path folder) throws IOException {
        List<Extraction> documents = new ArrayList<>(extract(SAMPLES));
        documents.addAll(extract(copies(folder.resolve("wire"), Files.readString(WIRE_STORY), 6)));
        documents.addAll(extract(copies(folder.resolve("seminar"), SEMINAR_STORY, 6)));
        List<String> dumps = new ArrayList<>();
        for (long seed : new long[] {3, 11}) {
            List<Extraction> shuffled = new ArrayList<>(documents);
            Collections.shuffle(shuffled, new Random(seed));
            try (Database database = Database.open(folder.resolve("order-" + seed + ".db").toString())) {
                shuffled.forEach(database::save);
                dumps.add(database.dump());
            }
        }

        assertThat(dumps.get(1)).isEqualTo(dumps.get(0));
        // The sample the six copies re-post is the report's seventh document.
        assertThat(dumps.get(0)).contains("Role: Teodoro, Mayor, Bacolod City").containsPattern(
                "Role: Ramon Dela Cruz, Mayor, Davao City .*also \\[[\\w-]+(, [\\w-]+){5}\\]");
    }

    /**
     * {@code count} files of the story, as outlets re-post it: each with its own first line and
     * footer naming the outlet, every other one with its headline set in capitals.
     */
    private static Path copies(Path folder, String story, int count) throws IOException {
        Files.createDirectories(folder);
        for (int i = 1; i <= count; i++) {
            String outlet = "Outlet " + i + " Daily";
            String body = i % 2 == 0 ? story.lines().findFirst().orElseThrow().toUpperCase(java.util.Locale.ROOT)
                    + story.substring(story.indexOf('\n')) : story;
            String text = "Republished by " + outlet + " under licence\n\n" + body
                    + "\n\nCopyright " + outlet + ". Share with care; read more at our site.\n";
            Files.writeString(folder.resolve("outlet-" + i + "-story.txt"), text);
        }
        return folder;
    }

    private static List<Extraction> extract(Path folder) {
        List<Extraction> extractions = new ArrayList<>();
        for (ReadResult result : ArticleFiles.of(List.of(folder)).readAll()) {
            if (result instanceof ReadResult.Read read) {
                extractions.add(extractor.extract(read.document()));
            }
        }
        return extractions;
    }

    private static List<KnowledgeFact> knowledgeFacts(Database database) {
        return database.knowledgeFacts(KnowledgeQuery.all().withLimit(1_000)).items();
    }

    private static Map<String, Double> confidenceBySummary(Database database) {
        Map<String, Double> confidences = new TreeMap<>();
        for (KnowledgeFact fact : knowledgeFacts(database)) {
            assertThat(confidences.put(fact.summary(), fact.confidence())).as(fact.summary()).isNull();
        }
        return confidences;
    }

    private static List<String> summaries(Database database, FactType type) {
        return database.knowledgeFacts(KnowledgeQuery.all().withType(type)).items().stream()
                .map(KnowledgeFact::summary).toList();
    }

    /** The facts as entity pages and the entity API list them, with the number of sources they show. */
    private static List<CitedFact> citedFacts(Database database) {
        List<CitedFact> facts = new ArrayList<>();
        for (Entity entity : database.entities(EntityQuery.all().withLimit(EntityQuery.MAX_LIMIT)).items()) {
            database.entityReport(entity.id(), Optional.empty(), 100, 0)
                    .ifPresent(report -> report.facts().values().forEach(facts::addAll));
        }
        return facts;
    }
}
