package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.EntityIds;

/**
 * A page per fact, in a real Chromium: two outlets report one signing with different dates, and a
 * reader goes from the entity page to the fact and sees both sources and the dates side by side.
 */
class FactPageBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeAll
    static void twoOutletsReportOneSigningWithDifferentDates() {
        browser.database().save(report("kitakyushu-first", "Kitakyushu and Hai Phong ports sign pact", "Straits Cargo Review",
                PartialDate.ofDay(2025, 3, 11), "The Port of Kitakyushu signed a cooperation agreement with the Hai Phong"
                        + " Port Authority on March 10. The deal covers container handling.",
                PartialDate.ofDay(2025, 3, 10)));
        browser.database().save(report("kitakyushu-second", "Japanese port deepens ties with Hai Phong", "Delta Business Daily",
                PartialDate.ofDay(2025, 3, 13), "On March 12 the Port of Kitakyushu signed an agreement with the Hai Phong"
                        + " Port Authority. Dredging experts will visit next year.",
                PartialDate.ofDay(2025, 3, 12)));
    }

    @Test
    void showsBothSourcesOfAFactAndTheDatesTheyDisagreeOnSideBySide() {
        browser.open("/entities/" + EntityIds.of(browser.database(), "Port of Kitakyushu"));
        browser.navigate(browser.driver().findElement(By.cssSelector("#agreement a.fact-page"))::click);

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Port of Kitakyushu")
                .contains("Hai Phong Port Authority");
        List<String> sources = texts(By.cssSelector(".source-list > li"));
        assertThat(sources).hasSize(2);
        assertThat(sources).anySatisfy(source -> assertThat(source).contains("Kitakyushu and Hai Phong ports sign pact",
                "Straits Cargo Review", "11 March 2025"));
        assertThat(sources).anySatisfy(source -> assertThat(source).contains("Japanese port deepens ties with Hai Phong",
                "Delta Business Daily", "13 March 2025"));
        assertThat(browser.driver().findElement(By.cssSelector(".conflicts h3")).getText()).isEqualTo("date");
        List<WebElement> sides = browser.driver().findElements(By.cssSelector(".conflicts .side"));
        assertThat(sides).hasSize(2);
        assertThat(sides.get(0).findElement(By.cssSelector(".value")).getText()).isEqualTo("2025-03-10");
        assertThat(sides.get(0).getText()).contains("Straits Cargo Review").doesNotContain("Delta Business Daily");
        assertThat(sides.get(1).findElement(By.cssSelector(".value")).getText()).isEqualTo("2025-03-12");
        assertThat(sides.get(1).getText()).contains("Delta Business Daily").doesNotContain("Straits Cargo Review");
    }

    @Test
    void showsTheFactsReviewHistoryWithoutNamesToReaders() {
        long fact = browser.database().knowledgeFacts(KnowledgeQuery.all()).items().stream()
                .filter(f -> f.summary().contains("Hai Phong")).findFirst().orElseThrow().id();
        browser.database().apply(new Operation.Accept(fact), "reviewer-kim");

        browser.open("/facts/" + fact);

        assertThat(browser.driver().findElement(By.cssSelector(".history-entries")).getText()).contains("accept")
                .contains("accepted").doesNotContain("reviewer-kim");
    }

    @Test
    void leadsFromTheSourceToTheDocumentItWasReadFrom() {
        browser.open("/entities/" + EntityIds.of(browser.database(), "Hai Phong Port Authority"));
        browser.navigate(browser.driver().findElement(By.cssSelector("#agreement a.fact-page"))::click);
        browser.navigate(browser.driver().findElement(By.linkText("Japanese port deepens ties with Hai Phong"))::click);

        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("Japanese port deepens ties with Hai Phong");
    }

    private List<String> texts(By selector) {
        return browser.driver().findElements(selector).stream().map(WebElement::getText).toList();
    }

    private static Extraction report(String name, String title, String outlet, PartialDate published, String text,
            PartialDate signed) {
        Articles article = Articles.article(name, text)
                .publishedBy(DocumentInfo.NONE.withTitle(title).withOutlet(outlet).withPublished(published));
        return article.with(article.mou("signed", signed, article.organisation("Port of Kitakyushu"),
                article.organisation("Hai Phong Port Authority")));
    }
}
