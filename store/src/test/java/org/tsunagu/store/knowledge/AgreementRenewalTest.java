package org.tsunagu.store.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.Renewal;
import org.tsunagu.store.testing.TemporaryDatabase;

class AgreementRenewalTest {

    private static final String OLD_MOU = "Tottori and Gangwon signed a memorandum on tourism in 2016. "
            + "Both sides promised student exchanges.";
    private static final String RENEWED_MOU = "On 3 March, Tottori and Gangwon renewed their memorandum for another "
            + "five years. The renewed memorandum adds port logistics.";

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    @Test
    void keepsTheRenewalInTheDaNangSakaiSampleAsASecondAgreementLinkedToTheFirst() {
        Database database = store.database();
        database.save(Renewal.daNangSakaiSample());

        List<KnowledgeFact> agreements = agreementsOldestFirst(database);

        assertThat(agreements).extracting(KnowledgeFact::summary).hasSize(2);
        KnowledgeFact old = agreements.get(0);
        KnowledgeFact renewal = agreements.get(1);
        assertThat(date(old)).isEqualTo("2014");
        assertThat(date(renewal)).isEqualTo("2025-04-01");
        assertThat(agreements).allSatisfy(a -> {
            assertThat(a.sources()).hasSize(1);
            assertThat(a.conflicts()).isEmpty();
        });
        assertThat(renewal.links()).containsExactly(new FactLink(FactLink.Relation.RENEWS, old.id(), AgreementKind.MOU,
                java.util.Optional.of(2014)));
        assertThat(old.links()).containsExactly(new FactLink(FactLink.Relation.RENEWED_BY, renewal.id(),
                AgreementKind.MOU, java.util.Optional.of(2025)));
    }

    @Test
    void keepsTwoReportsOfOneSigningOneDayApartAsOneAgreementWithAConflict() {
        Database database = store.database();
        database.save(mou("first-report", "Nagano and Lyon signed an MOU on wine tourism on 9 May 2023.",
                PartialDate.ofDay(2023, 5, 9)));
        database.save(mou("second-report", "An MOU on wine tourism was signed by Nagano and Lyon on 10 May 2023.",
                PartialDate.ofDay(2023, 5, 10)));

        List<KnowledgeFact> agreements = agreementsOldestFirst(database);

        assertThat(agreements).hasSize(1);
        assertThat(agreements.get(0).sources()).hasSize(2);
        assertThat(agreements.get(0).conflicts()).extracting(Conflict::field).containsExactly("date");
        assertThat(agreements.get(0).links()).isEmpty();
    }

    @Test
    void linksTheRenewalWhicheverOfTheTwoArticlesIsIngestedFirst() {
        Renewal old = Renewal.article("old-mou", OLD_MOU);
        Renewal renewed = Renewal.article("renewed-mou", RENEWED_MOU);
        Extraction oldReport = old.with(old.mou("signed", PartialDate.ofYear(2016), "Tottori", "Gangwon"));
        Extraction renewalReport = renewed.with(
                renewed.mou("renewed their", PartialDate.ofDay(2021, 3, 3), "Tottori", "Gangwon"),
                renewed.mou("The renewed memorandum", null, "Tottori", "Gangwon"));

        store.database().save(oldReport);
        store.database().save(renewalReport);
        String oldFirst = store.database().dump();
        List<KnowledgeFact> agreements = agreementsOldestFirst(store.database());
        try (Database reversed = Database.open(store.anotherLocation("reversed"))) {
            reversed.save(renewalReport);
            reversed.save(oldReport);

            assertThat(reversed.dump()).isEqualTo(oldFirst);
        }
        assertThat(oldFirst).contains("| renews |");
        assertThat(agreements).hasSize(2);
        assertThat(agreements.get(1).sources()).as("the undated second mention joins the dated renewal").hasSize(2);
        assertThat(agreements.get(1).links()).extracting(FactLink::relation).containsExactly(FactLink.Relation.RENEWS);
    }

    @Test
    void linksNoRenewalBetweenAgreementsOfDifferentYearsThatDoNotSayIt() {
        Database database = store.database();
        database.save(mou("first", "Nagano and Lyon signed an MOU on wine tourism in 2019.", PartialDate.ofYear(2019)));
        database.save(mou("second", "Nagano and Lyon signed an MOU on skiing in 2023.", PartialDate.ofYear(2023)));

        List<KnowledgeFact> agreements = agreementsOldestFirst(database);

        assertThat(agreements).hasSize(2);
        assertThat(agreements).allSatisfy(a -> assertThat(a.links()).isEmpty());
    }

    @Test
    void linksTheRenewalOnceAPersonMergesTwoSpellingsOfOneParty() {
        Database database = store.database();
        Renewal old = Renewal.article("old-mou", OLD_MOU);
        Renewal renewed = Renewal.article("renewed-mou", RENEWED_MOU.replace("Gangwon", "Kangwon"));
        database.save(old.with(old.mou("signed", PartialDate.ofYear(2016), "Tottori", "Gangwon")));
        database.save(renewed.with(renewed.mou("renewed their", PartialDate.ofDay(2021, 3, 3), "Tottori", "Kangwon")));
        long gangwon = EntityIds.of(database, "Gangwon");
        long kangwon = EntityIds.of(database, "Kangwon");
        assertThat(gangwon).as("two spellings the resolver keeps apart").isNotEqualTo(kangwon);
        assertThat(agreementsOldestFirst(database)).allSatisfy(a -> assertThat(a.links()).isEmpty());

        database.apply(new Operation.Merge(kangwon, gangwon), "dan");

        List<KnowledgeFact> agreements = agreementsOldestFirst(database);
        assertThat(agreements).hasSize(2);
        assertThat(agreements.get(1).links()).extracting(FactLink::relation, FactLink::other)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FactLink.Relation.RENEWS, agreements.get(0).id()));
    }

    private static Extraction mou(String name, String text, PartialDate date) {
        Renewal article = Renewal.article(name, text);
        return article.with(article.mou("MOU", date, "Nagano", "Lyon"));
    }

    private static List<KnowledgeFact> agreementsOldestFirst(Database database) {
        List<KnowledgeFact> agreements = new ArrayList<>(database.knowledgeFacts(
                KnowledgeQuery.all().withType(FactType.AGREEMENT)).items());
        agreements.sort(Comparator.comparing(AgreementRenewalTest::date));
        return agreements;
    }

    private static String date(KnowledgeFact fact) {
        return ((Agreement) fact.fact()).date().map(PartialDate::toString).orElse("");
    }
}
