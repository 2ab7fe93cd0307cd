package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.testing.Articles;

/** The map page draws places where they lie and the ties between them, on outlines served by this server. */
class MapBrowserTest {

    private static final String HAMAMATSU = "1863289";
    private static final String ULSAN = "KR-31";

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeAll
    static void saveATieBetweenTwoCities() {
        Articles article = Articles.article("hamamatsu-ulsan", "Hamamatsu and Ulsan signed a memorandum on hydrogen.");
        browser.database().save(article.with(article.mou("signed a memorandum", PartialDate.ofYear(2024),
                article.place("Hamamatsu"), article.place("Ulsan"))));
    }

    @Test
    void showsAPlaceOnTheMap() {
        browser.open("/map?country=KR");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.attributeToBeNotEmpty(
                browser.driver().findElement(By.cssSelector(".place-map")), "data-outlines-drawn"));

        WebElement hamamatsu = marker(HAMAMATSU);
        WebElement ulsan = marker(ULSAN);
        assertThat(Double.parseDouble(hamamatsu.getAttribute("data-latitude"))).isCloseTo(34.7, within(0.1));
        assertThat(Double.parseDouble(hamamatsu.getAttribute("data-longitude"))).isCloseTo(137.73, within(0.1));
        assertThat(centre(ulsan).x()).as("Ulsan lies west of Hamamatsu").isLessThan(centre(hamamatsu).x());
        assertThat(centre(ulsan).y()).as("and north of it").isLessThan(centre(hamamatsu).y());

        WebElement tie = browser.driver().findElement(By.cssSelector("path.map-tie.tie-agreement"));
        Rectangle line = tie.getRect();
        assertThat(line.getX()).isCloseTo(centre(ulsan).x(), within(4));
        assertThat(line.getX() + line.getWidth()).isCloseTo(centre(hamamatsu).x(), within(4));
        assertThat(browser.driver().findElement(By.cssSelector(".place-map")).getAttribute("data-outlines-drawn"))
                .as("country outlines under the places").isNotEqualTo("0");
    }

    private static WebElement marker(String place) {
        return browser.driver().findElement(By.cssSelector("path.map-place[data-place='" + place + "']"));
    }

    private record Point(int x, int y) {
    }

    private static Point centre(WebElement element) {
        Rectangle box = element.getRect();
        return new Point(box.getX() + box.getWidth() / 2, box.getY() + box.getHeight() / 2);
    }
}
