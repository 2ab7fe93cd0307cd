package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tsunagu.store.testing.EntityIds;

/**
 * The network page in a real Chromium: a click on a tie shows the facts behind it, the same
 * address draws the same picture, filters redraw in place, and the view can be saved.
 */
class NetworkBrowserTest {

    private static final String DRAWING = ".network-view .network";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void clickingAnEdgeShowsItsEvidence() {
        browser.open("/network?entity=" + EntityIds.of(browser.database(), "Da Nang"));
        waitUntilDrawn(1);

        List<?> middle = (List<?>) script("var edge = document.querySelector(arguments[0]).cytoscape.edges()[0];"
                + "var at = edge.renderedMidpoint(); return [at.x, at.y];", DRAWING);
        WebElement drawing = browser.driver().findElement(By.cssSelector(DRAWING));
        new Actions(browser.driver())
                .moveToElement(drawing, (int) Math.round(number(middle.get(0)) - drawing.getSize().getWidth() / 2.0),
                        (int) Math.round(number(middle.get(1)) - drawing.getSize().getHeight() / 2.0))
                .click().perform();

        WebElement sentence = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".tie-evidence .sentence")));
        assertThat(sentence.getText()).isEqualTo("Đà Nẵng and Sakai have been sister cities since 1997.");
        assertThat(browser.driver().findElement(By.cssSelector(".tie-evidence h2")).getText())
                .isEqualTo("Da Nang — Sakai");
        WebElement document = browser.driver().findElement(By.cssSelector(".tie-evidence .where a"));
        assertThat(document.getText()).isEqualTo("da-nang-sakai");

        browser.navigate(document::click);
        assertThat(browser.driver().getCurrentUrl()).contains("/documents/").contains("?fact=");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("da-nang-sakai");
    }

    @Test
    void theSameAddressDrawsTheSamePicture() {
        browser.open("/network");
        waitUntilDrawn(1);
        String first = positions();

        browser.open("/network");
        waitUntilDrawn(1);

        assertThat(positions()).isEqualTo(first).contains("Sakai");
    }

    @Test
    void filtersRedrawTheNetworkWithoutReloadingThePage() {
        browser.open("/network");
        waitUntilDrawn(1);
        script("window.keptAcrossFilters = 'still here';");
        assertThat(names()).contains("Sakai", "Da Nang");

        browser.driver().findElement(By.cssSelector("input[name=hide_country][value=Japan]")).click();
        waitUntilDrawn(2);

        assertThat(names()).doesNotContain("Sakai").contains("Da Nang");
        assertThat(browser.driver().getCurrentUrl()).contains("hide_country=Japan");
        assertThat(script("return window.keptAcrossFilters;")).isEqualTo("still here");
        assertThat(browser.driver().findElement(By.cssSelector(".export-graphml")).getAttribute("href"))
                .contains("hide_country=Japan");

        browser.driver().navigate().back();
        waitUntilDrawn(3);
        assertThat(names()).contains("Sakai");
        assertThat(browser.driver().findElement(By.cssSelector("input[name=hide_country][value=Japan]")).isSelected())
                .isFalse();
        assertThat(script("return window.keptAcrossFilters;")).isEqualTo("still here");
    }

    @Test
    void saysWhatTheShapesAndLinesMean() {
        browser.open("/network?entity=" + EntityIds.of(browser.database(), "Da Nang") + "&colour=country");
        waitUntilDrawn(1);

        assertThat(browser.driver().findElements(By.cssSelector(".network-legend li"))).extracting(WebElement::getText)
                .contains("place", "relationship", "Vietnam", "Japan");
    }

    @Test
    void savesTheViewAsPictureAndAsGraphMl() throws Exception {
        browser.open("/network?hide_country=Japan");
        waitUntilDrawn(1);

        browser.driver().findElement(By.cssSelector(".export-png")).click();
        Path picture = browser.downloaded("network.png", Duration.ofSeconds(10));
        assertThat(Files.readAllBytes(picture)).startsWith(PNG_SIGNATURE);

        browser.driver().findElement(By.cssSelector(".export-graphml")).click();
        Path graph = browser.downloaded("network.graphml", Duration.ofSeconds(10));
        assertThat(Files.readString(graph, StandardCharsets.UTF_8)).startsWith("<?xml")
                .contains("<data key=\"n_label\">Da Nang</data>").contains("<data key=\"n_label\">JETRO</data>")
                .doesNotContain(">Sakai<");
    }

    private void waitUntilDrawn(int times) {
        waiting().until(driver -> String.valueOf(times).equals(script(
                "var d = document.querySelector(arguments[0]); return d && d.dataset.drawn;", DRAWING)));
    }

    private String positions() {
        return String.valueOf(script("return document.querySelector(arguments[0]).cytoscape.nodes().map(function (n) {"
                + "return n.data('label') + '@' + n.position('x').toFixed(1) + ',' + n.position('y').toFixed(1);"
                + "}).join(' ');", DRAWING));
    }

    private List<String> names() {
        return ((List<?>) script("return document.querySelector(arguments[0]).cytoscape.nodes()"
                + ".map(function (n) { return n.data('label'); });", DRAWING)).stream().map(String::valueOf).toList();
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code, arguments);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
