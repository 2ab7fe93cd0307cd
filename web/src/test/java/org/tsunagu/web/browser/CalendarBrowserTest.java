package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.testing.Articles;

/** A reader finds an event on the calendar by moving to its month, and narrows the calendar to one kind. */
class CalendarBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeAll
    static void saveAFairAndASigning() {
        Articles article = Articles.article("sendai-haiphong-fair", "Sendai held a seafood fair with Haiphong on "
                + "16 October 2023. Sendai and Haiphong signed a memorandum on 17 October 2023.");
        EntityRef sendai = article.place("Sendai");
        EntityRef haiphong = article.place("Haiphong");
        browser.database().save(article.with(
                new Event(EventKind.EXHIBITION, Optional.of(PartialDate.ofDay(2023, 10, 16)), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.of(sendai), List.of(sendai), List.of(haiphong),
                        article.evidence("seafood fair"), 0.8),
                article.mou("signed a memorandum", PartialDate.ofDay(2023, 10, 17), sendai, haiphong)));
    }

    @Test
    void findsAnEventOnTheCalendar() {
        browser.open("/calendar?month=2023-09");
        browser.navigate(browser.driver().findElement(By.cssSelector(".calendar-nav a[rel=next]"))::click);

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Calendar: October 2023");
        assertThat(day("2023-10-16").getText()).contains("exhibition", "Sendai", "Haiphong");
        assertThat(day("2023-10-17").getText()).contains("MOU signed");

        browser.driver().findElement(By.cssSelector("input[name=kinds][value=event]")).click();
        browser.navigate(browser.driver().findElement(By.cssSelector("form.filters button[type=submit]"))::click);

        assertThat(day("2023-10-16").getText()).doesNotContain("exhibition");
        assertThat(day("2023-10-17").getText()).contains("MOU signed");
        assertThat(browser.driver().findElement(By.cssSelector(".calendar-nav a.feed")).getAttribute("href"))
                .endsWith("/export/events.ics?kinds=agreement");
        assertThat(day("2023-10-17").findElement(By.cssSelector("a.summary")).getAttribute("href")).contains("/facts/");
        assertThat(day("2023-10-17").findElements(By.cssSelector(".who a"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("Sendai", "Haiphong");
    }

    private static WebElement day(String date) {
        return browser.driver().findElement(By.cssSelector(".month-grid td[data-date='" + date + "']"));
    }
}
