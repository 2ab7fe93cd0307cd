package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.testing.Articles;

class DocumentProvenanceBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void showsTheHeadlineOutletLinkLanguageAndDateOfADocument() {
        store("ferry-pact", "Port Aurel signed an MOU with Isla Verde on Monday.", "Port Aurel", "Isla Verde",
                new DocumentInfo(Optional.of("Port Aurel and Isla Verde sign ferry pact"),
                        Optional.of("Coastline Gazette"), Optional.of("https://gazette.example/news/ferry-pact"),
                        Optional.of("en"), Optional.of(PartialDate.ofDay(2025, 4, 2))));

        browser.open("/documents");
        WebElement row = browser.driver().findElement(By.xpath("//tr[td/a[text()='Port Aurel and Isla Verde sign ferry pact']]"));
        assertThat(row.findElement(By.cssSelector("td.outlet")).getText()).isEqualTo("Coastline Gazette");
        browser.navigate(row.findElement(By.tagName("a"))::click);

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Port Aurel and Isla Verde sign ferry pact");
        assertThat(text(".publication .byline")).isEqualTo("Coastline Gazette, 2 April 2025");
        assertThat(text(".publication .language")).isEqualTo("English");
        WebElement original = browser.driver().findElement(By.cssSelector(".publication a.original"));
        assertThat(original.getAttribute("href")).isEqualTo("https://gazette.example/news/ferry-pact");
        assertThat(original.getAttribute("rel")).contains("nofollow").contains("noopener");
    }

    @Test
    void showsWhoPublishedEachSourceOfAFactOnTheEntityPage() {
        store("orchard-week", "Valle Alto signed an MOU with Monte Claro on Friday.", "Valle Alto", "Monte Claro",
                new DocumentInfo(Optional.empty(), Optional.of("Orchard Weekly"), Optional.empty(), Optional.empty(),
                        Optional.of(PartialDate.ofDay(2024, 11, 15))));

        browser.open("/documents");
        browser.navigate(browser.driver().findElement(By.linkText("orchard-week"))::click);
        browser.navigate(browser.driver().findElement(By.linkText("Valle Alto"))::click);

        assertThat(text(".evidence .byline")).isEqualTo("(Orchard Weekly, 15 November 2024)");
    }

    @Test
    void showsAHostileHeadlineOutletAndAddressAsTextAndLinksNoScriptAddress() {
        store("hostile-meta", "Cerro Azul signed an MOU with Rio Manso on Tuesday.", "Cerro Azul", "Rio Manso",
                new DocumentInfo(Optional.of("<script>window.pwned = 1</script>Pact"),
                        Optional.of("<img src=x onerror=\"window.pwned = 2\">Daily"),
                        Optional.of("javascript:window.pwned = 3"), Optional.of("en"), Optional.empty()));

        browser.open("/documents");
        browser.navigate(browser.driver().findElement(By.partialLinkText("<script>"))::click);

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("<script>window.pwned = 1</script>Pact");
        assertThat(text(".publication .byline")).isEqualTo("<img src=x onerror=\"window.pwned = 2\">Daily");
        assertThat(browser.driver().findElements(By.cssSelector(".publication a"))).isEmpty();
        assertThat(text(".publication .original")).isEqualTo("javascript:window.pwned = 3");
        assertThat(browser.driver().findElements(By.cssSelector("h1 *, .publication img, td.outlet img"))).isEmpty();
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.pwned === undefined")).isEqualTo(true);
    }

    private static void store(String name, String text, String first, String second, DocumentInfo info) {
        Articles article = Articles.article(name, text).publishedBy(info);
        browser.database().save(article.with(article.mou("signed", PartialDate.ofYear(2025), article.place(first),
                article.place(second))));
    }

    private static String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }
}
