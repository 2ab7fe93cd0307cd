package org.tsunagu.store.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.StatedInterest;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.audit.AuditQuery;
import org.tsunagu.store.review.CurationException;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.TemporaryDatabase;

/** Interest profiles, partner suggestions from the graph and proposed ties, kept in a real SQLite file. */
class PartnerMatchmakingTest {

    private static final String TEXT = "Matsue and Hue have been sister cities since 2005. "
            + "Hue and Chiang Mai have been sister cities since 2010. "
            + "Matsue is interested in tourism and ceramics. "
            + "Chiang Mai wants to cooperate in the ceramics industry and handicrafts. "
            + "Hue signed an MOU with Busan in 2019. "
            + "Matsue officials visited Osaka.";

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private Database saved() {
        Articles article = Articles.article("matsue-hue", TEXT);
        Extraction facts = article.with(
                article.friendship("sister cities since 2005", PartialDate.ofYear(2005), article.place("Matsue"),
                        article.place("Hue")),
                article.friendship("sister cities since 2010", PartialDate.ofYear(2010), article.place("Hue"),
                        article.place("Chiang Mai")),
                article.mou("MOU", PartialDate.ofYear(2019), article.place("Hue"), article.place("Busan")),
                article.visit("visited", article.place("Osaka"), article.place("Matsue")));
        List<StatedInterest> interests = List.of(
                new StatedInterest(article.place("Matsue"), List.of("tourism", "ceramics"), List.of(),
                        article.evidence("interested in")),
                new StatedInterest(article.place("Chiang Mai"), List.of("ceramics industry", "handicrafts"), List.of(),
                        article.evidence("wants to cooperate")));
        store.database().save(new Extraction(facts.document(), facts.documentDate(), facts.facts(), interests));
        return store.database();
    }

    @Test
    void keepsTheInterestsAnArticleStatesWithTheirSentence() {
        Database database = saved();

        InterestProfile matsue = database.interestProfile(EntityIds.of(database, "Matsue"));

        assertThat(matsue.sectors()).extracting(Interest::label).containsExactly("tourism", "ceramics");
        assertThat(matsue.sectors().get(0).sources()).singleElement().satisfies(source -> {
            assertThat(source.origin()).isEqualTo(InterestSource.Origin.STATEMENT);
            assertThat(source.text()).isEqualTo("Matsue is interested in tourism and ceramics.");
        });
    }

    @Test
    void suggestsTheSisterCityOfAPartnerThatSharesASector() {
        Database database = saved();

        List<PartnerSuggestion> suggestions = database.partnerSuggestions(EntityIds.of(database, "Matsue"), 10);

        assertThat(suggestions).extracting(PartnerSuggestion::name).containsExactly("Chiang Mai", "Busan");
        assertThat(suggestions.get(0).explanation())
                .isEqualTo("Chiang Mai is a sister city of your partner Hue; both interested in ceramics");
        assertThat(suggestions.get(1).explanation()).isEqualTo("Busan already works with your partner Hue");
    }

    @Test
    void countsNoPlaceAsAPartnerForBeingWhereSomethingHappened() {
        Database database = saved();

        List<PartnerSuggestion> osakas = database.partnerSuggestions(EntityIds.of(database, "Osaka"), 10);

        assertThat(osakas).isEmpty();
    }

    @Test
    void acceptingASuggestionProposesATieThatLeavesTheList() {
        Database database = saved();
        long matsue = EntityIds.of(database, "Matsue");
        long chiangMai = EntityIds.of(database, "Chiang Mai");

        AuditEntry entry = database.apply(new Operation.ProposeTie(matsue, chiangMai, "both interested in ceramics"), "alice");

        assertThat(database.proposedTies(matsue)).singleElement().satisfies(tie -> {
            assertThat(tie.partnerName()).isEqualTo("Chiang Mai");
            assertThat(tie.proposedBy()).isEqualTo("alice");
        });
        assertThat(database.proposedTies(chiangMai)).extracting(ProposedTie::partnerName).containsExactly("Matsue");
        assertThat(database.partnerSuggestions(matsue, 10)).extracting(PartnerSuggestion::name).containsExactly("Busan");
        assertThat(entry.target()).isEqualTo("partners:" + matsue);
        assertThat(entry.before()).contains("\"proposed\":false");
        assertThat(entry.after()).contains("\"proposed\":true");
        assertThat(database.auditLog(AuditQuery.all().withEntity(matsue)).items()).extracting(AuditEntry::id)
                .containsExactly(entry.id());
    }

    @Test
    void anEditorAddsAndTakesOffInterestsByHand() {
        Database database = saved();
        long matsue = EntityIds.of(database, "Matsue");

        database.apply(new Operation.SetInterest(matsue, InterestKind.SECTOR, "robotics", true), "bob");
        AuditEntry removal = database.apply(new Operation.SetInterest(matsue, InterestKind.SECTOR, "Tourism", false), "bob");
        database.apply(new Operation.SetInterest(matsue, InterestKind.REGION, "Thailand", true), "bob");

        InterestProfile profile = database.interestProfile(matsue);
        assertThat(profile.sectors()).extracting(Interest::label).containsExactly("ceramics", "robotics");
        assertThat(profile.sectors().get(1).byHand()).isTrue();
        assertThat(profile.regions()).extracting(Interest::label).containsExactly("Thailand");
        assertThat(removal.before()).contains("tourism");
        assertThat(removal.after()).doesNotContain("tourism");
    }

    @Test
    void suggestsPlacesInTheRegionsAProfileNames() {
        Database database = saved();
        long matsue = EntityIds.of(database, "Matsue");
        database.apply(new Operation.SetInterest(matsue, InterestKind.REGION, "Thailand", true), "bob");

        PartnerSuggestion first = database.partnerSuggestions(matsue, 10).get(0);

        assertThat(first.name()).isEqualTo("Chiang Mai");
        assertThat(first.reasons()).contains("you look for partners in Thailand");
    }

    @Test
    void refusesToProposeATieOfAnEntityWithItself() {
        Database database = saved();
        long matsue = EntityIds.of(database, "Matsue");

        assertThatThrownBy(() -> database.apply(new Operation.ProposeTie(matsue, matsue, ""), "alice"))
                .isInstanceOf(CurationException.class);
    }
}
