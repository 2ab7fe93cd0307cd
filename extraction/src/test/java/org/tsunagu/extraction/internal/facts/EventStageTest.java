package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.extract;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.Extraction;

class EventStageTest {

    private static List<String> events(String text) {
        return facts(text, Event.class).stream().map(e -> e.kind() + "@" + e.date().map(Object::toString).orElse("?")).toList();
    }

    @Test
    void readsASigningScheduledAfterTheArticleAsAnEventNotAnAgreement() {
        Extraction e = extract("Issued: May 2, 2024\n\nSchedule\n- May 9: Signing of a memorandum of understanding on "
                + "tourism between the Nara Prefectural Government and the Xi'an Tourism Bureau");
        assertThat(e.factsOf(Agreement.class)).isEmpty();
        assertThat(e.factsOf(Event.class)).extracting(x -> x.kind() + "@" + x.date().orElseThrow())
                .containsExactly("SIGNING@2024-05-09");
    }

    @Test
    void leavesOutAnOccasionNamedBeforeOnItsSidelines() {
        assertThat(events("ILOILO, March 8, 2024 - On the sidelines of the visit, a Kochi feed maker said it would finish "
                + "a mill in 2025.")).isEmpty();
    }

    @Test
    void leavesOutActivitiesListedAsWhatThePartiesWillDo() {
        assertThat(events("Published: 2024-09-18\n\nThe parties agreed to:\n- Hold an annual dialogue at working level\n"
                + "- Organise a trade fair in Bangkok")).isEmpty();
    }

    @Test
    void readsTheReceptionOfADelegationGivenItsSize() {
        assertThat(events("SURABAYA, October 15, 2024 - The mayor received the 15-member delegation at City Hall on "
                + "Monday.")).contains("MEETING@2024-10-14");
    }

    @Test
    void readsAnOpeningReportedForNextWeekInItsMonth() {
        assertThat(events("Published: 2024-11-14\n\nShe added that Gifu would open a \"Gifu Desk\" at the trade centre "
                + "next week.")).containsExactly("OPENING@2024-11");
    }

    @Test
    void leavesOutAFairThatWillOpen() {
        assertThat(events("FUKUOKA, October 17, 2024 - Next Tuesday a Busan food fair will open at a Tenjin department store."))
                .containsExactly("EXHIBITION@2024-10-22");
    }
}
