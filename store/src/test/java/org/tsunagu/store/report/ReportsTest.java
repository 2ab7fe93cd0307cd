package org.tsunagu.store.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.store.Database;
import org.tsunagu.store.document.DocumentListing;
import org.tsunagu.store.knowledge.CitedFact;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.store.testing.Copies;
import org.tsunagu.store.testing.TemporaryDatabase;

class ReportsTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    @Test
    void countsThirtyTwoCopiesOfAStoryAsOneSourceWithTheConfidenceOfOne() {
        List<Extraction> copies = Copies.ofStory(32);
        Database database = store.database();
        copies.forEach(database::save);

        assertThat(database.knowledgeFacts(KnowledgeQuery.all()).items()).singleElement().satisfies(fact -> {
            assertThat(fact.confidence()).isEqualTo(copies.get(0).facts().get(0).confidence());
            assertThat(fact.sources()).singleElement().satisfies(source -> assertThat(source.alsoPublishedBy())
                    .hasSize(31).extracting(Copy::name).doesNotContain(source.document()));
        });
        long sapporo = database.entities(EntityQuery.all().withText("Sapporo")).items().get(0).id();
        assertThat(database.entityReport(sapporo, Optional.empty(), 10, 0).orElseThrow().facts().values())
                .flatMap(facts -> facts).singleElement().extracting(CitedFact::sources).isEqualTo(1);
    }

    @Test
    void countsTheSurestCopyOfAReportOnceWhicheverCameFirst() {
        List<Extraction> copies = Copies.ofStory(3);
        Database database = store.database();
        database.save(stating(copies.get(0), 0.6));
        database.save(stating(copies.get(1), 0.9));
        database.save(stating(copies.get(2), 0.7));

        assertThat(database.knowledgeFacts(KnowledgeQuery.all()).items()).singleElement().satisfies(fact -> {
            assertThat(fact.confidence()).isCloseTo(0.9, within(1e-9));
            assertThat(fact.sourcesInAll()).isEqualTo(1);
        });
    }

    /** The copy with its agreement stated at {@code confidence}. */
    private static Extraction stating(Extraction copy, double confidence) {
        Agreement agreement = (Agreement) copy.facts().get(0);
        return new Extraction(copy.document(), copy.documentDate(), List.of(new Agreement(agreement.parties(),
                agreement.kind(), agreement.date(), agreement.signatories(), agreement.fields(), agreement.evidence(),
                confidence)), copy.interests());
    }

    @Test
    void listsEveryOtherCopyOnEachCopysDocument() {
        Copies.ofStory(4).forEach(store.database()::save);

        for (DocumentListing listing : store.database().documents(10, 0).items()) {
            assertThat(store.database().document(listing.id()).orElseThrow().alsoPublishedBy())
                    .extracting(Copy::name).hasSize(3).doesNotContain(listing.name())
                    .allSatisfy(name -> assertThat(name).startsWith("outlet-"));
        }
    }

    @Test
    void keepsAnotherStoryAboutTheSameCitiesApart() {
        store.database().save(Copies.ofStory(1).get(0));
        store.database().save(Copies.otherStory());

        for (DocumentListing listing : store.database().documents(10, 0).items()) {
            assertThat(store.database().document(listing.id()).orElseThrow().alsoPublishedBy()).isEmpty();
        }
        assertThat(store.database().knowledgeFacts(KnowledgeQuery.all()).items())
                .allSatisfy(fact -> assertThat(fact.sources()).singleElement()
                        .satisfies(source -> assertThat(source.alsoPublishedBy()).isEmpty()))
                .extracting(KnowledgeFact::confidence).containsExactlyInAnyOrder(0.9, 0.6);
    }

    @Test
    void copiesGiveTheSameGraphInAnyOrder() {
        List<Extraction> documents = new ArrayList<>(Copies.ofStory(5));
        documents.add(Copies.otherStory());
        documents.forEach(store.database()::save);
        String forwards = store.database().dump();
        Collections.reverse(documents);

        try (Database backwards = Database.open(store.anotherLocation("backwards"))) {
            documents.forEach(backwards::save);

            assertThat(backwards.dump()).isEqualTo(forwards).contains("also [outlet-");
        }
    }

    @Test
    void filesEveryCopyUnderOneReportWhenMoreCopiesShareItsBandsThanAreCompared() {
        int copies = Reports.CANDIDATES + 6;
        Copies.ofStory(copies).forEach(store.database()::save);

        assertThat(store.database().knowledgeFacts(KnowledgeQuery.all()).items()).singleElement()
                .satisfies(fact -> assertThat(fact.sources()).singleElement()
                        .satisfies(source -> assertThat(source.alsoPublishedBy()).hasSize(copies - 1)));
    }

    @Test
    void looksUpEveryBandOfASignatureAndTheLimitInOneStatement() {
        assertThat(Reports.IN_BUCKETS.chars().filter(c -> c == '?').count()).isEqualTo(TextSignature.BANDS + 1);
    }
}
