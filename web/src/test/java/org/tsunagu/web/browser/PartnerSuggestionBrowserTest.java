package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.web.partner.SisterCities;

/**
 * An editor accepts a suggested partner in a real Chromium: opens an entity's page, follows the
 * link to its suggested partners, reads why one is suggested, accepts it, and sees the proposed
 * tie on both entities' pages and, dotted, in the network.
 */
class PartnerSuggestionBrowserTest {

    private static final String PASSWORD = "an editor's long password";

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeAll
    static void anEditorSignsInOverSisterCities() {
        browser.database().save(SisterCities.report());
        browser.database().accounts().add("kenji", Role.EDITOR, PASSWORD);
        browser.signIn("kenji", PASSWORD);
    }

    @Test
    void acceptsASuggestedPartner() {
        browser.open("/entities/" + id("Obihiro"));
        browser.navigate(browser.driver().findElement(By.linkText("Interests and suggested partners →"))::click);

        assertThat(text(".interest-list.sectors")).contains("dairy farming", "flower growing");
        WebElement daLat = browser.driver().findElement(By.cssSelector(".suggestion"));
        assertThat(daLat.findElement(By.cssSelector(".name")).getText()).isEqualTo("Da Lat");
        assertThat(daLat.findElement(By.cssSelector(".why")).getText())
                .isEqualTo("Da Lat is a sister city of your partner Ulsan; both interested in flower growing");

        browser.navigate(daLat.findElement(By.cssSelector(".accept-form button"))::click);

        assertThat(browser.driver().findElements(By.cssSelector(".suggestion .name")))
                .extracting(WebElement::getText).doesNotContain("Da Lat");
        assertThat(text("#proposed")).contains("Da Lat", "proposed", "kenji");
        assertThat(text("#history")).contains("propose-tie", "kenji");
        browser.open("/entities/" + id("Obihiro"));
        assertThat(text("#proposed")).contains("Da Lat", "proposed", "not read from an article");
        browser.open("/entities/" + id("Da Lat"));
        assertThat(text("#proposed")).contains("Obihiro", "proposed");

        browser.open("/network?entity=" + id("Obihiro"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> "1".equals(String.valueOf(
                script("var d = document.querySelector(arguments[0]); return d && d.dataset.drawn;"))));
        assertThat(script("return document.querySelector(arguments[0]).cytoscape.edges('.proposed')"
                + ".map(function (e) { return e.source().data('label') + '-' + e.target().data('label'); });"))
                .asString().contains("Obihiro-Da Lat");
        assertThat(text(".network-legend")).contains("proposed by an editor");
    }

    private static Object script(String code) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code, ".network-view .network");
    }

    private static long id(String name) {
        return browser.database().entities(EntityQuery.all().withText(name)).items().stream()
                .filter(e -> e.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static String text(String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).getText();
    }
}
