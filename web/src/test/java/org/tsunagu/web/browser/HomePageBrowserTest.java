package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class HomePageBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void rendersTheCountsAndTheNewestFacts() {
        browser.open("/");

        assertThat(browser.driver().getTitle()).isEqualTo("Tsunagu");
        assertThat(browser.driver().findElement(By.cssSelector(".counts p")).getText())
                .isEqualTo("2 documents · " + browser.database().counts().entities() + " entities · 5 facts");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector(".facts tbody tr"));
        assertThat(rows).hasSize(5);
        assertThat(rows).extracting(WebElement::getText)
                .anySatisfy(row -> assertThat(row).contains("MOU: JETRO — Chongqing Municipal Government (2013-10-31)"));
    }

    @Test
    void searchesFromTheForm() {
        browser.open("/");

        WebElement search = browser.driver().findElement(By.name("q"));
        search.sendKeys("da nang");
        browser.navigate(search::submit);

        assertThat(browser.driver().findElement(By.cssSelector(".results h1")).getText()).matches("\\d+ results? for “da nang”");
        assertThat(browser.driver().findElements(By.cssSelector(".hits .hit"))).extracting(WebElement::getText)
                .anySatisfy(hit -> assertThat(hit).containsIgnoringCase("Da Nang"));
    }
}
