package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class HomePageBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void rendersTheCountsAndTheNewestFacts() {
        browser.open("/");

        assertThat(browser.driver().getTitle()).isEqualTo("Tsunagu");
        assertThat(browser.driver().findElement(By.cssSelector(".counts p")).getText())
                .isEqualTo("5 facts read from 2 documents, naming " + browser.database().counts().entities()
                        + " entities");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector(".facts tbody tr"));
        assertThat(rows).hasSize(5);
        assertThat(rows).extracting(WebElement::getText)
                .anySatisfy(row -> assertThat(row).contains("MOU: JETRO — Chongqing Municipal Government (2013-10-31)"));
    }

    @Test
    void eachCellOfANewestFactLinksToWhatItNames() {
        browser.open("/");
        WebElement row = mouRow();

        assertThat(row.findElement(By.cssSelector(".summary a")).getAttribute("href")).matches(".*/facts/\\d+");
        assertThat(row.findElements(By.cssSelector(".entities a"))).extracting(WebElement::getText)
                .containsExactly("Chongqing Municipal Government", "JETRO");
        browser.navigate(row.findElement(By.linkText("JETRO"))::click);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("JETRO");

        browser.open("/");
        browser.navigate(mouRow().findElement(By.cssSelector(".sentence a"))::click);
        assertThat(browser.driver().getCurrentUrl()).contains("/documents/").contains("?fact=");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("jetro-chongqing");

        browser.open("/");
        browser.navigate(mouRow().findElement(By.cssSelector(".document a"))::click);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("jetro-chongqing");

        browser.open("/");
        browser.navigate(mouRow().findElement(By.cssSelector("a.type"))::click);
        assertThat(browser.driver().findElement(By.cssSelector(".facts h1")).getText())
                .isEqualTo("Newest agreement facts");
    }

    @Test
    void theSmallNetworkHasALegend() {
        browser.open("/");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector(".overview .network-legend li")));
        assertThat(browser.driver().findElements(By.cssSelector(".overview .network-legend li")))
                .extracting(WebElement::getText).contains("place", "organisation", "agreement", "relationship");
    }

    private WebElement mouRow() {
        return browser.driver().findElements(By.cssSelector(".facts tbody tr")).stream()
                .filter(row -> row.getText().contains("MOU: JETRO")).findFirst().orElseThrow();
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
