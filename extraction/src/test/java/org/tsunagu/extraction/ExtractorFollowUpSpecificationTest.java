package org.tsunagu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.fact.RelationshipKind;
import org.tsunagu.model.fact.Role;

/** Constructions that span sentences or depend on the article's shape, on short texts written for the test. */
class ExtractorFollowUpSpecificationTest {

    private static final Extractor EXTRACTOR = Extractors.standard();

    private static Extraction extract(String text) {
        return EXTRACTOR.extract(Document.of("spec", "spec", text));
    }

    @Test
    void takesSignatoriesFromTheFollowingSentence() {
        Agreement a = extract("PUSAN, June 3, 2024 - Ulsan and Kobe signed a memorandum of understanding on port logistics. "
                + "Ulsan Mayor Kim Doyun and Kobe Mayor Mori Taro signed the document at City Hall.")
                .factsOf(Agreement.class).get(0);
        assertThat(a.signatories()).extracting(EntityRef::name).containsExactlyInAnyOrder("Kim Doyun", "Mori Taro");
        assertThat(a.date().orElseThrow().toString()).isEqualTo("2024-06-03");
    }

    @Test
    void readsWeekdayOfTheDatelineAsThatDay() {
        List<Event> events = extract("SENDAI, May 20, 2024 - The mayors held talks on Monday.").factsOf(Event.class);
        assertThat(events).extracting(e -> e.kind() + "@" + e.date().orElseThrow()).containsExactly("MEETING@2024-05-20");
    }

    @Test
    void readsCapitalisedFamilyNamesOfPressReleases() {
        List<Role> roles = extract("Members: Governor TANAKA Hiroshi and Deputy Mayor of Fukui City SATO Yumi.")
                .factsOf(Role.class);
        assertThat(roles).extracting(r -> r.person().name() + "/" + r.title())
                .contains("TANAKA Hiroshi/Governor", "SATO Yumi/Deputy Mayor");
    }

    @Test
    void expandsAnAcronymDefinedInBrackets() {
        Extraction e = extract("HANOI, May 2, 2024 - The Vietnam Trade Promotion Agency (VIETRADE) signed a memorandum of "
                + "understanding with the Osaka Chamber of Commerce. VIETRADE has worked with the chamber since 2015.");
        assertThat(e.factsOf(Agreement.class).get(0).parties()).extracting(EntityRef::name)
                .contains("Vietnam Trade Promotion Agency");
    }

    @Test
    void takesTheInvestorNamedAfterBy() {
        Investment i = extract("HANOI, May 2, 2024 - Officials cited a US$30 million investment by Osaka-based Kansai Cable "
                + "in a wire plant in Bac Ninh province.").factsOf(Investment.class).get(0);
        assertThat(i.investor().name()).isEqualTo("Kansai Cable");
        assertThat(i.destination().name()).isEqualTo("Bac Ninh province");
    }

    @Test
    void pairsConjoinedSubjectsOfATieAndSkipsLocatedPlaces() {
        List<Relationship> ties = extract("SEOUL, May 2, 2024 - Busan and Fukuoka, which held a forum in Tokyo, have been "
                + "sister cities since 2007.").factsOf(Relationship.class);
        assertThat(ties).filteredOn(r -> r.kind() == RelationshipKind.FRIENDSHIP)
                .extracting(r -> r.a().name() + "-" + r.b().name() + "@" + r.since().orElseThrow())
                .containsExactly("Busan-Fukuoka@2007");
    }

    @Test
    void leavesHeadlineFiguresToTheBody() {
        Extraction e = extract("Hanoi draws US$5 billion\nHANOI, May 2, 2024 - Japanese investors currently have 300 "
                + "projects in Hanoi with total registered capital of US$5 billion.");
        assertThat(e.factsOf(Investment.class)).hasSize(1);
        assertThat(e.factsOf(Investment.class).get(0).evidence().sentenceIndex()).isPositive();
    }

    @Test
    void readsADelegationVisitWithItsLength() {
        List<Event> events = extract("DALIAN, May 25, 2009 - The Kyoto delegation's four-day visit ended on Sunday.")
                .factsOf(Event.class);
        assertThat(events).filteredOn(e -> e.kind() == EventKind.VISIT)
                .extracting(e -> e.date().orElseThrow() + ".." + e.endDate().orElseThrow())
                .containsExactly("2009-05-21..2009-05-24");
    }

    @Test
    void datesAnUndatedWireStoryByItsLede() {
        Extraction e = extract("Hue (VNA) - Hue and Sendai signed a memorandum of understanding on March 12, 2024. "
                + "The delegation arrived on March 11.");
        assertThat(e.documentDate().orElseThrow().toString()).isEqualTo("2024-03-12");
        assertThat(e.factsOf(Event.class)).extracting(ev -> ev.date().orElseThrow().toString()).contains("2024-03-11");
    }
}
