package org.tsunagu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.extraction.internal.text.Fold;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.fact.InvestmentKind;
import org.tsunagu.model.fact.Product;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.fact.RelationshipKind;
import org.tsunagu.model.fact.RelationshipStatus;
import org.tsunagu.model.fact.Role;

/** The constructions the standard extractor reads, each on short sentences written for the test. */
class ExtractorSpecificationTest {

    private static final Extractor EXTRACTOR = Extractors.standard();

    private static Extraction extract(String text) {
        Extraction e = EXTRACTOR.extract(Document.of("spec", "spec", text));
        e.facts().forEach(ExtractorSpecificationTest::assertSpansPointAtArguments);
        return e;
    }

    private static void assertSpansPointAtArguments(Fact fact) {
        assertThat(fact.evidence().sentence().contains(fact.evidence().trigger())).isTrue();
        assertThat(fact.confidence()).isBetween(0.0, 1.0);
    }

    private static void assertRefPointsAtText(String text, EntityRef ref) {
        String covered = Fold.fold(ref.span().of(text));
        String name = Fold.fold(ref.name());
        assertThat(name.contains(covered) || covered.contains(name) || covered.matches("(the|both|he|she|his|her|it|its)\\b.*"))
                .as("span of %s covers '%s'", ref.name(), ref.span().of(text)).isTrue();
    }

    @Test
    void readsTitleBeforeNameWithOrganisationAfter() {
        String text = "TOKYO, May 2, 2024 - Deputy Mayor Wen Liang of Harbin City met the visitors on Tuesday.";
        List<Role> roles = extract(text).factsOf(Role.class);
        assertThat(roles).anySatisfy(r -> {
            assertThat(r.person().name()).isEqualTo("Wen Liang");
            assertThat(r.title()).isEqualTo("Deputy Mayor");
            assertThat(r.org()).hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("Harbin City"));
            assertRefPointsAtText(text, r.person());
        });
    }

    @Test
    void readsNameCommaTitleInGuestLists() {
        String text = "Guests included Aiko Mori, president of the Sendai Trade Association; Ken Ito, director and "
                + "secretary-general of the Tohoku Export Federation; and Min Zhou, vice chairman of the Dalian Chamber "
                + "of Commerce.";
        List<Role> roles = extract(text).factsOf(Role.class);
        assertThat(roles).extracting(r -> r.person().name() + "/" + r.title()).contains("Aiko Mori/President",
                "Ken Ito/Director and Secretary-General", "Min Zhou/Vice Chairman");
        assertThat(roles).filteredOn(r -> r.person().name().equals("Min Zhou"))
                .allSatisfy(r -> assertThat(r.org().orElseThrow().name()).isEqualTo("Dalian Chamber of Commerce"));
    }

    @Test
    void readsTitleOfPlaceBeforeFamilyNameFirst() {
        String text = "Governor of Japan's Nagano prefecture Abe Shuichi spoke at the forum.";
        assertThat(extract(text).factsOf(Role.class)).anySatisfy(r -> {
            assertThat(r.person().name()).isEqualTo("Abe Shuichi");
            assertThat(r.org().orElseThrow().name()).contains("Nagano");
        });
    }

    @Test
    void readsSignedMouWithPartiesDateAndSignatories() {
        String text = "On March 3, 2023, the Kobe Chamber of Commerce concluded a memorandum of understanding with the "
                + "Penang Investment Agency, which was signed by President Taro Yamada of the chamber and Director "
                + "Lim Wei of the agency.";
        Agreement a = extract(text).factsOf(Agreement.class).get(0);
        assertThat(a.kind()).isEqualTo(AgreementKind.MOU);
        assertThat(a.parties()).extracting(EntityRef::name).containsExactlyInAnyOrder("Kobe Chamber of Commerce",
                "Penang Investment Agency");
        assertThat(a.date().orElseThrow().toString()).isEqualTo("2023-03-03");
        assertThat(a.signatories()).extracting(EntityRef::name).containsExactlyInAnyOrder("Taro Yamada", "Lim Wei");
        a.parties().forEach(p -> assertRefPointsAtText(text, p));
    }

    @Test
    void rejectsHedgedAgreement() {
        String text = "SEOUL, June 5, 2024 - Officials of Incheon and Nagoya met but did not sign the friendship "
                + "agreement. Both cities hoped to sign a memorandum of understanding next year.";
        Extraction e = extract(text);
        assertThat(e.factsOf(Agreement.class)).isEmpty();
        assertThat(e.factsOf(Relationship.class)).allSatisfy(r -> assertThat(r.status()).isEqualTo(RelationshipStatus.PROPOSED));
    }

    @Test
    void readsPartnerCityListWithYears() {
        String text = "Hue has established friendly and cooperative relations with three Japanese cities, including "
                + "Kyoto (in 2008), Nara (2011) and Fukuyama (May 2016).";
        List<Relationship> ties = extract(text).factsOf(Relationship.class).stream()
                .filter(r -> r.kind() == RelationshipKind.FRIENDSHIP).toList();
        assertThat(ties).extracting(r -> r.b().name() + "@" + r.since().map(Object::toString).orElse("-"))
                .containsExactlyInAnyOrder("Kyoto@2008", "Nara@2011", "Fukuyama@2016-05");
        assertThat(ties).allSatisfy(r -> assertThat(r.a().name()).isEqualTo("Hue"));
    }

    @Test
    void resolvesYearlessDateAgainstDateline() {
        String text = "OSAKA, November 20, 2023 - The Osaka Chamber of Commerce held a trade seminar on November 18.";
        Extraction e = extract(text);
        assertThat(e.documentDate().orElseThrow().toString()).isEqualTo("2023-11-20");
        assertThat(e.factsOf(Event.class)).anySatisfy(ev -> {
            assertThat(ev.kind()).isEqualTo(EventKind.SYMPOSIUM);
            assertThat(ev.date().orElseThrow().toString()).isEqualTo("2023-11-18");
        });
    }

    @Test
    void resolvesWeekdaysAndRelativeDates() {
        String text = "HANOI, April 17, 2024 - The delegation arrived on Monday. The mayors will hold talks next Tuesday. "
                + "A fair opened this morning.";
        List<Event> events = extract(text).factsOf(Event.class);
        assertThat(events).extracting(ev -> ev.kind() + "@" + ev.date().orElseThrow())
                .contains("MEETING@2024-04-23", "EXHIBITION@2024-04-17");
    }

    @Test
    void keepsYearlessDateAsTextWithoutDocumentDate() {
        String text = "Officials of Hue and Sendai discussed tourism at a meeting on August 5.";
        Event meeting = extract(text).factsOf(Event.class).get(0);
        assertThat(meeting.date()).isEmpty();
        assertThat(meeting.dateText()).hasValue("August 5");
    }

    @Test
    void normalisesMoneyAndRankOfInvestment() {
        String text = "HANOI, March 1, 2025 - Japanese investors currently have 300 valid projects in Bac Giang province "
                + "with total registered capital of US$2.5 billion, ranking second among 30 countries.";
        Investment i = extract(text).factsOf(Investment.class).get(0);
        assertThat(i.investor().name()).isEqualTo("Japan");
        assertThat(i.destination().name()).isEqualTo("Bac Giang province");
        assertThat(i.amount().amount()).isEqualByComparingTo(new BigDecimal("2500000000"));
        assertThat(i.amount().currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(i.kind()).isEqualTo(InvestmentKind.FDI_TOTAL);
        assertThat(i.rank()).hasValue(2);
    }

    @Test
    void readsDirectionalTradeInYuan() {
        String text = "Dalian's exports to Japan reached 3.4 billion yuan in 2022.";
        Investment i = extract(text).factsOf(Investment.class).get(0);
        assertThat(i.investor().name()).isEqualTo("Dalian");
        assertThat(i.destination().name()).isEqualTo("Japan");
        assertThat(i.amount().currency().getCurrencyCode()).isEqualTo("CNY");
        assertThat(i.kind()).isEqualTo(InvestmentKind.TRADE);
    }

    @Test
    void ignoresDistractorsOfReliefAndFriendlyMatches() {
        String text = "HANOI, May 2, 2024 - Repair costs after the storm in Haiphong reached US$5 million. "
                + "Hanoi FC and Sapporo played a friendly match on Sunday.";
        Extraction e = extract(text);
        assertThat(e.factsOf(Investment.class)).isEmpty();
        assertThat(e.factsOf(Relationship.class)).isEmpty();
        assertThat(e.factsOf(Agreement.class)).isEmpty();
    }

    @Test
    void readsQuotedProductLineWithOrigin() {
        String text = "Aomori Prefecture showcased its apple brand \"Sun Crimson\" at the fair.";
        Product p = extract(text).factsOf(Product.class).get(0);
        assertThat(p.name()).isEqualTo("Sun Crimson");
        assertThat(p.origin().orElseThrow().name()).isEqualTo("Aomori Prefecture");
    }

    @Test
    void resolvesTheTwoSidesToTheLastTwoPlaces() {
        String text = "The governor of Gunma visited Hue. He hoped the two sides would form sister-city ties.";
        Relationship r = extract(text).factsOf(Relationship.class).get(0);
        assertThat(List.of(r.a().name(), r.b().name())).containsExactlyInAnyOrder("Gunma", "Hue");
        assertThat(r.status()).isEqualTo(RelationshipStatus.PROPOSED);
        assertThat(r.confidence()).isLessThan(0.85);
        assertRefPointsAtText(text, r.a());
    }
}
