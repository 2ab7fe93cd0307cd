package org.tsunagu.store.vitality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.TemporaryDatabase;

/** Ties read from a real SQLite file, ranked as of 2026. */
class TieRankingTest {

    private static final String TEXT = "Nantes and Niigata have been sister cities since 1990. "
            + "Nantes welcomed a delegation from Niigata in 2025. "
            + "Busan Port Authority signed an MOU with Niigata in 2019. "
            + "Mayor Keiko Sato toured Nantes.";

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private Database database;

    @BeforeEach
    void saveTwoTiesAndAPersonsVisit() {
        database = store.database();
        Articles article = Articles.article("nantes-niigata", TEXT);
        database.save(article.with(
                article.friendship("sister cities", PartialDate.ofYear(1990), article.place("Nantes"),
                        article.place("Niigata")),
                visit(article, "welcomed a delegation", 2025, article.place("Nantes"), article.place("Niigata")),
                article.mou("signed an MOU", PartialDate.ofYear(2019), article.organisation("Busan Port Authority"),
                        article.place("Niigata")),
                article.visit("toured", article.place("Nantes"), article.person("Keiko Sato"))));
    }

    @Test
    void ranksTheTieWithARecentVisitFirstAndExplainsEach() {
        RankedTies ranked = database.ties(TieQuery.asOf(2026));

        assertThat(ranked.ties().total()).as("a person ties nothing").isEqualTo(2);
        Vitality first = ranked.ties().items().get(0);
        assertThat(names(first)).containsExactly("Nantes", "Niigata");
        assertThat(first.status()).isEqualTo(TieStatus.ACTIVE);
        assertThat(first.explanation()).isEqualTo("1 friendship tie in 1990; 1 visit in 2025; nothing since");
        Vitality second = ranked.ties().items().get(1);
        assertThat(names(second)).containsExactlyInAnyOrder("Busan Port Authority", "Niigata");
        assertThat(second.status()).isEqualTo(TieStatus.ON_PAPER);
        assertThat(second.explanation()).isEqualTo("1 MOU in 2019; nothing since");
    }

    @Test
    void findsEachEndsCountryUpThePlaceHierarchy() {
        Vitality places = database.ties(TieQuery.asOf(2026).withKind(TieKind.PLACES)).ties().items().get(0);

        assertThat(List.of(places.tie().a().country(), places.tie().b().country()))
                .containsExactlyInAnyOrder(Optional.of("France"), Optional.of("Japan"));
        assertThat(database.ties(TieQuery.asOf(2026)).countries()).containsExactly("France", "Japan");
    }

    @Test
    void filtersByKindCountryAndStatus() {
        assertThat(database.ties(TieQuery.asOf(2026).withKind(TieKind.PLACE_AND_ORGANISATION)).ties().items())
                .singleElement().satisfies(v -> assertThat(names(v)).contains("Busan Port Authority"));
        assertThat(database.ties(TieQuery.asOf(2026).withCountry("France")).ties().items())
                .singleElement().satisfies(v -> assertThat(names(v)).containsExactly("Nantes", "Niigata"));
        RankedTies onPaper = database.ties(TieQuery.asOf(2026).withStatus(TieStatus.ON_PAPER));
        assertThat(onPaper.ties().items()).singleElement()
                .satisfies(v -> assertThat(names(v)).contains("Busan Port Authority"));
        assertThat(onPaper.count(TieStatus.ACTIVE)).as("the other statuses are still counted").isEqualTo(1);
    }

    @Test
    void readsOneEntitysTies() {
        long nantes = EntityIds.of(database, "Nantes");

        assertThat(database.ties(TieQuery.asOf(2026).withEntity(nantes)).ties().items()).singleElement()
                .satisfies(v -> assertThat(v.tie().other(nantes).name()).isEqualTo("Niigata"));
    }

    @Test
    void ranksAHubsTiesFromItsMostRecentlyLearnedFactsAndSaysSo() {
        long niigata = EntityIds.of(database, "Niigata");

        RankedTies recent = database.ties(TieQuery.asOf(2026).withEntity(niigata).withRecentFacts(1));
        assertThat(recent.ties().items()).as("the MOU was learned last").singleElement()
                .satisfies(v -> assertThat(names(v)).contains("Busan Port Authority"));
        assertThat(recent.fromRecentFacts()).contains(1);

        RankedTies every = database.ties(TieQuery.asOf(2026).withEntity(niigata).withRecentFacts(3));
        assertThat(every.ties().total()).isEqualTo(2);
        assertThat(every.fromRecentFacts()).as("no fact left unread").isEmpty();
    }

    @Test
    void scoresAsOfAnEarlierYear() {
        Vitality asOf2019 = database.ties(TieQuery.asOf(2019)).ties().items().get(0);

        assertThat(names(asOf2019)).contains("Busan Port Authority");
        assertThat(asOf2019.score()).isEqualTo(3.0);
    }

    @Test
    void leavesRejectedFactsOut() {
        assertThat(database.ties(TieQuery.asOf(2026)).ties().items()).hasSize(2);
        KnowledgeFact mou = database.knowledgeFacts(KnowledgeQuery.all().withType(FactType.AGREEMENT)).items().get(0);
        database.apply(new Operation.Reject(mou.id()), "editor");

        assertThat(database.ties(TieQuery.asOf(2026)).ties().items()).singleElement()
                .satisfies(v -> assertThat(names(v)).containsExactly("Nantes", "Niigata"));
    }

    private static Event visit(Articles article, String trigger, int year, EntityRef location, EntityRef visitor) {
        return new Event(EventKind.VISIT, Optional.of(PartialDate.ofYear(year)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(location), List.of(), List.of(visitor), article.evidence(trigger), 0.7);
    }

    private static List<String> names(Vitality vitality) {
        return List.of(vitality.tie().a().name(), vitality.tie().b().name());
    }
}
