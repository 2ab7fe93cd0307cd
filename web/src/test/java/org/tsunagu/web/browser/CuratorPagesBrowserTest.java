package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.review.Operation;

/**
 * The pages around the data, in a real Chromium: errors as pages in the site's frame (the API
 * keeping JSON), the audit log an editor filters, the API reference linked from the footer (each
 * at 400 px in {@link NarrowScreenBrowserTest}).
 */
class CuratorPagesBrowserTest {

    private static final String PASSWORD = "a long curator password";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeAll
    static void twoPeopleDecidedAndAnEditorSignsIn() {
        List<KnowledgeFact> facts = browser.database().knowledgeFacts(KnowledgeQuery.all()).items();
        browser.database().apply(new Operation.Accept(id(facts, FactType.AGREEMENT)), "aiko");
        browser.database().apply(new Operation.Reject(id(facts, FactType.INVESTMENT)), "<b>bao</b>");
        browser.database().accounts().add("mai", Role.EDITOR, PASSWORD);
        browser.signIn("mai", PASSWORD);
    }

    @Test
    void showsAnUnknownPageAsA404PageInTheSiteFrame() {
        browser.open("/no-such-page");

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("404").contains("Not Found");
        assertThat(browser.driver().findElement(By.cssSelector(".reason")).getText()).contains("/no-such-page");
        assertFramed();
    }

    @Test
    void showsWhatTheRequestSaidAsTextNotMarkup() {
        browser.open("/entities/%3Cb%3Ebold%3C%2Fb%3E");

        assertThat(browser.driver().findElement(By.cssSelector(".reason")).getText()).contains("<b>bold</b>");
        assertThat(browser.driver().findElements(By.cssSelector(".reason b"))).isEmpty();
        assertFramed();
    }

    @Test
    void showsABadParameterAsA400PageNamingIt() {
        browser.open("/entities?colour=red");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("400");
        assertThat(browser.driver().findElement(By.cssSelector(".reason")).getText())
                .contains("unknown query parameter 'colour'");
        assertFramed();

        browser.open("/entities?limit=many");
        assertThat(browser.driver().findElement(By.cssSelector(".reason")).getText()).contains("limit");
        assertFramed();
    }

    @Test
    void keepsJsonErrorsForTheApiEvenInTheBrowser() throws Exception {
        browser.open("/api/no-such-thing");
        JsonNode opened = JSON.readTree(browser.driver().findElement(By.tagName("body")).getText());

        Object fetched = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/facts?colour=red', {headers: {Accept: 'application/json'}})
                    .then(r => r.text().then(body => done(r.status + ' ' + r.headers.get('Content-Type') + ' ' + body)));
                """);

        assertThat(opened.get("status").asInt()).isEqualTo(404);
        assertThat((String) fetched).startsWith("400 application/json").contains("unknown query parameter 'colour'");
    }

    @Test
    void listsTheAuditLogFromTheHeaderMenuAndFiltersItByPerson() {
        browser.open("/");
        // The account menu arrives after the page, and the home page's network is laid out meanwhile.
        WebElement audit = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("nav.account a[href='/audit']")));
        browser.navigate(audit::click);

        assertThat(entries()).hasSize(2);
        assertThat(browser.driver().findElement(By.cssSelector(".audit-entry .user")).getText()).isEqualTo("<b>bao</b>");
        assertThat(browser.driver().findElements(By.cssSelector(".audit-entry .user b"))).isEmpty();

        WebElement person = browser.driver().findElement(By.name("user"));
        person.sendKeys("aiko");
        browser.navigate(person::submit);

        assertThat(entries()).singleElement().satisfies(entry -> assertThat(entry.getText())
                .contains("accept").contains("aiko").contains("\"state\":\"accepted\""));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/audit?user=aiko&entity=&from=&to=");
    }

    @Test
    void opensTheApiReferenceFromTheFooter() {
        browser.open("/");
        browser.navigate(browser.driver().findElement(By.cssSelector("footer a[href='/api-reference']"))::click);

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Tsunagu API");
        assertThat(browser.driver().findElements(By.cssSelector("article.operation h2"))).extracting(WebElement::getText)
                .contains("GET /api/facts", "POST /api/facts/{id}/accept", "GET /export/events.ics");
    }

    private static List<WebElement> entries() {
        return browser.driver().findElements(By.cssSelector(".audit-entry"));
    }

    private static void assertFramed() {
        assertThat(browser.driver().findElements(By.cssSelector("header a.brand"))).hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector("footer a[href='/api-reference']"))).hasSize(1);
    }

    private static long id(List<KnowledgeFact> facts, FactType type) {
        return facts.stream().filter(f -> f.type() == type).findFirst().orElseThrow().id();
    }
}
