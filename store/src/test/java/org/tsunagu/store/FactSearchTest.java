package org.tsunagu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.fact.FactQuery;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.fact.StoredFact;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.TemporaryDatabase;

class FactSearchTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private Database database;

    @BeforeEach
    void storeTwoArticles() {
        database = store.database();
        database.save(Samples.jetroChongqing());
        database.save(Samples.daNangSakai());
    }

    @Test
    void findsFactsOfOneType() {
        Page<StoredFact> page = database.findFacts(FactQuery.all().withType(FactType.AGREEMENT));

        assertThat(page.total()).isEqualTo(1);
        StoredFact agreement = page.items().get(0);
        assertThat(agreement.type()).isEqualTo(FactType.AGREEMENT);
        assertThat(agreement.summary()).isEqualTo("MOU: JETRO — Chongqing Municipal Government (2013-10-31)");
        assertThat(agreement.document()).isEqualTo("jetro-chongqing");
        assertThat(agreement.sentence()).isEqualTo("JETRO signed an MOU with Chongqing Municipal Government on October 31.");
        assertThat(agreement.confidence()).isEqualTo(0.9);
    }

    @Test
    void daNangFindsFactsAboutĐàNẵngIgnoringCaseAndDiacritics() {
        Page<StoredFact> page = database.findFacts(FactQuery.all().withText("da nang"));

        assertThat(page.items()).extracting(StoredFact::type)
                .containsExactlyInAnyOrder(FactType.RELATIONSHIP, FactType.ROLE, FactType.EVENT);
    }

    @Test
    void matchesArgumentNamesAndEvidenceSentencesAsWellAsSummaries() {
        assertThat(summaries(FactQuery.all().withText("ON OCTOBER 31")))
                .containsExactly("MOU: JETRO — Chongqing Municipal Government (2013-10-31)");
        // The visit's sentence names the committee; its summary and arguments do not.
        assertThat(summaries(FactQuery.all().withText("people's committee"))).containsExactlyInAnyOrder(
                "Role: Nguyen Van An, Chairman, Đà Nẵng People's Committee", "Visit: Nguyen Van An, in Sakai");
    }

    @Test
    void combinesTypeAndText() {
        assertThat(summaries(FactQuery.all().withType(FactType.EVENT).withText("Sakai")))
                .containsExactly("Visit: Nguyen Van An, in Sakai");
    }

    @Test
    void takesPercentAndUnderscoreLiterally() {
        Articles article = Articles.article("rates", "Exports grew 5% with JETRO_Osaka support.");
        database.save(article.with(article.mou("grew", null, article.organisation("JETRO_Osaka"))));

        assertThat(database.findFacts(FactQuery.all().withText("%")).total()).isEqualTo(1);
        assertThat(database.findFacts(FactQuery.all().withText("jetro_osaka")).total()).isEqualTo(1);
        assertThat(database.findFacts(FactQuery.all().withText("jetro_o%a")).total()).isZero();
    }

    @Test
    void pagesThroughTheNewestFactsFirstWithTheTotal() {
        Page<StoredFact> first = database.findFacts(FactQuery.all().withLimit(2));
        Page<StoredFact> third = database.findFacts(FactQuery.all().withLimit(2).withOffset(4));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).extracting(StoredFact::type)
                .containsExactly(FactType.INVESTMENT, FactType.EVENT);
        assertThat(third.items()).extracting(StoredFact::type).containsExactly(FactType.AGREEMENT);
    }

    @Test
    void recentFactsAreNewestFirst() {
        Articles later = Articles.article("later", "Osaka and Ho Chi Minh City signed an MOU.");
        database.save(later.with(later.mou("signed", PartialDate.ofYear(2024), later.place("Osaka"),
                later.place("Ho Chi Minh City"))));

        assertThat(database.recentFacts(1)).extracting(StoredFact::summary)
                .containsExactly("MOU: Osaka — Ho Chi Minh City (2024)");
    }

    @Test
    void aLimitAboveTheMaximumIsLowered() {
        assertThat(FactQuery.all().withLimit(10_000).limit()).isEqualTo(FactQuery.MAX_LIMIT);
    }

    @Test
    void blankTextMatchesEverything() {
        assertThat(database.findFacts(FactQuery.all().withText("   ")).total()).isEqualTo(5);
    }

    private List<String> summaries(FactQuery query) {
        return database.findFacts(query).items().stream().map(StoredFact::summary).toList();
    }
}
