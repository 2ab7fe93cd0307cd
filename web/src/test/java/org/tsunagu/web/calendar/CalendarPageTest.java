package org.tsunagu.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.web.HandMovedClock;
import org.tsunagu.web.RunningServer;
import org.tsunagu.web.account.ReadAccess;

/** The calendar page over a server whose clock stands at 23 November 2026. */
class CalendarPageTest {

    private static final String TEXT = "Hamamatsu will sign a memorandum with Ulsan in December. "
            + "Hamamatsu and Ulsan signed a memorandum on hydrogen on 4 March 2025. "
            + "Hamamatsu held a trade fair with Ulsan on 5 March 2025.";

    @RegisterExtension
    final RunningServer server = new RunningServer(ReadAccess.OPEN, new HandMovedClock());

    @BeforeEach
    void storeSigningsAndAFair() {
        Articles article = Articles.article("hamamatsu-ulsan-calendar", TEXT).publishedBy(new DocumentInfo(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(PartialDate.ofDay(2026, 11, 2))));
        EntityRef hamamatsu = article.place("Hamamatsu");
        EntityRef ulsan = article.place("Ulsan");
        server.database().save(article.with(
                event(article, EventKind.SIGNING, "will sign", PartialDate.ofMonth(2026, 12), hamamatsu, ulsan),
                article.mou("signed a memorandum", PartialDate.ofDay(2025, 3, 4), hamamatsu, ulsan),
                event(article, EventKind.EXHIBITION, "trade fair", PartialDate.ofDay(2025, 3, 5), hamamatsu, ulsan)));
    }

    static Event event(Articles article, EventKind kind, String trigger, PartialDate date, EntityRef place,
            EntityRef participant) {
        return new Event(kind, Optional.of(date), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(place), List.of(), List.of(participant), article.evidence(trigger), 0.8);
    }

    @Test
    void showsASigningScheduledForDecemberAsComingUp() throws Exception {
        String page = server.get("/calendar").body();

        assertThat(page).contains("Calendar: November 2026");
        String comingUp = page.substring(page.indexOf("<h2>Coming up</h2>"));
        assertThat(comingUp).contains("signing", "upcoming", "2026-12").doesNotContain("trade fair");
        assertThat(comingUp).as("to come when the story appeared on 2 November").contains("scheduled");
    }

    @Test
    void placesEachFactOnItsDayOfTheMonth() throws Exception {
        String page = server.get("/calendar?month=2025-03").body();

        assertThat(day(page, "2025-03-04")).contains("MOU signed").doesNotContain("exhibition")
                .as("done before the story appeared").doesNotContain("scheduled");
        assertThat(day(page, "2025-03-05")).contains("exhibition").contains("href=\"/facts/");
    }

    @Test
    void keepsToTheKindsAskedAndGivesTheFeedTheSameFilter() throws Exception {
        String page = server.get("/calendar?month=2025-03&kinds=agreement&country=kr").body();

        assertThat(day(page, "2025-03-04")).contains("MOU signed");
        assertThat(day(page, "2025-03-05")).doesNotContain("exhibition");
        assertThat(page).contains("href=\"/export/events.ics?kinds=agreement&amp;country=KR\"");
        String feed = server.get("/export/events.ics?kinds=agreement&country=KR").body();
        assertThat(feed).contains("DTSTART;VALUE=DATE:20250304").doesNotContain("DTSTART;VALUE=DATE:20250305");
        assertThat(server.get("/export/events.ics?kinds=agreement&country=FR").body()).doesNotContain("VEVENT");
    }

    @Test
    void listsTheYearByMonth() throws Exception {
        String page = server.get("/calendar?month=2025-01&view=list").body();

        assertThat(page).contains("<h2>March</h2>", "MOU signed", "exhibition");
    }

    @Test
    void refusesAKindACalendarCannotPlace() throws Exception {
        HttpResponse<String> response = server.get("/calendar?kinds=role");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("agreement and event");
    }

    /** The month grid's cell of that day. */
    private static String day(String page, String date) {
        int start = page.indexOf("data-date=\"" + date + "\"");
        assertThat(start).as(date + " is in the grid").isPositive();
        int end = page.indexOf("</td>", start);
        return page.substring(start, end);
    }
}
