package org.tsunagu.store.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.TemporaryDatabase;

/** The filters and orders a reviewer steers the queue with, over a real SQLite file. */
class ReviewQueueQueryTest {

    private static final String MOU = "MOU: Sapporo — Busan (2015-10)";
    private static final String TWINS = "Friendship: Sapporo — Lyon (since 1998)";

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private Database database;

    @BeforeEach
    void storeTwoArticles() {
        database = store.database();
        Articles north = Articles.article("north",
                "Sapporo signed an MOU with Busan in October 2015. Sapporo and Lyon have been sister cities since 1998.");
        database.save(north.with(
                north.mou("signed an MOU", PartialDate.ofMonth(2015, 10), north.place("Sapporo"), north.place("Busan")),
                north.friendship("sister cities", PartialDate.ofYear(1998), north.place("Sapporo"), north.place("Lyon"))));
        Articles south = Articles.article("south", "Kagoshima welcomed a trade visit from Perth. Ramen is sold there.");
        database.save(south.with(south.visit("trade visit", south.place("Kagoshima"), south.place("Perth")),
                south.product("Ramen", south.place("Kagoshima"))));
    }

    @Test
    void keepsFactsWithinAConfidenceRangeLeastConfidentFirst() {
        assertThat(summaries(KnowledgeQuery.all().withConfidence(0.55, 0.85).withOrder(FactOrder.CONFIDENCE)))
                .containsExactly("Visit: Perth, in Kagoshima", TWINS);
    }

    @Test
    void keepsTheFactsOneDocumentReports() {
        long north = database.documents(10, 0).items().stream().filter(d -> d.name().equals("north")).findFirst()
                .orElseThrow().id();

        assertThat(summaries(KnowledgeQuery.all().withDocument(north))).containsExactly(MOU, TWINS);
    }

    @Test
    void keepsTheFactsNamingAPlaceInACountry() {
        assertThat(summaries(KnowledgeQuery.all().withCountry("KR"))).containsExactly(MOU);
        assertThat(summaries(KnowledgeQuery.all().withCountry("FR"))).containsExactly(TWINS);
        assertThat(summaries(KnowledgeQuery.all().withCountry("JP"))).hasSize(4);
    }

    @Test
    void keepsFactsDatedWithinARangeOfPartialDates() {
        assertThat(summaries(KnowledgeQuery.all().withDates(PartialDate.ofDay(2015, 10, 1), PartialDate.ofDay(2015, 10, 31))))
                .containsExactly(MOU);
        assertThat(summaries(KnowledgeQuery.all().withDates(PartialDate.ofYear(1998), PartialDate.ofYear(1998))))
                .containsExactly(TWINS);
        assertThat(summaries(KnowledgeQuery.all().withDates(null, PartialDate.ofYear(2000)))).containsExactly(TWINS);
    }

    @Test
    void sortsByDateNewestFirstAndByDocumentName() {
        assertThat(summaries(KnowledgeQuery.all().withOrder(FactOrder.DATE)).subList(0, 2)).containsExactly(MOU, TWINS);
        assertThat(summaries(KnowledgeQuery.all().withOrder(FactOrder.DOCUMENT)).subList(0, 2))
                .containsExactly(MOU, TWINS);
    }

    @Test
    void countsEveryMatchAndListsTheIdsOfAPage() {
        KnowledgeQuery japan = KnowledgeQuery.all().withCountry("JP").withLimit(3);

        assertThat(database.knowledgeFacts(japan).total()).isEqualTo(4);
        assertThat(database.knowledgeFactIds(japan)).hasSize(3)
                .isEqualTo(database.knowledgeFacts(japan).items().stream().map(KnowledgeFact::id).toList());
    }

    @Test
    void countsAgainOnceAFactIsDecided() {
        KnowledgeQuery proposed = KnowledgeQuery.all().withState(ReviewState.PROPOSED).withLimit(1);
        assertThat(database.knowledgeFacts(proposed).total()).isEqualTo(4);
        long first = database.knowledgeFactIds(proposed).get(0);

        database.apply(new Operation.Accept(first), "reviewer");

        assertThat(database.knowledgeFacts(proposed).total()).isEqualTo(3);
        assertThat(database.knowledgeFacts(proposed.withOffset(2)).total()).isEqualTo(3);
        assertThat(database.knowledgeFacts(proposed.withState(ReviewState.ACCEPTED)).total()).isEqualTo(1);
    }

    private List<String> summaries(KnowledgeQuery query) {
        return database.knowledgeFacts(query).items().stream().map(KnowledgeFact::summary).toList();
    }
}
