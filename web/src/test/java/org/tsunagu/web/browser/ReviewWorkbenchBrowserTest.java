package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeQuery;

/**
 * The review queue as a curator steers it, in a real Chromium over the samples: filtering it to a
 * selection with a URL of its own, deciding the whole selection at once, and editing a fact's
 * parties by choosing entities of the knowledge base as their names are typed.
 */
class ReviewWorkbenchBrowserTest {

    private static final String PASSWORD = "a long reviewer password";

    @RegisterExtension
    static final Browser browser = new Browser();

    private final WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));

    @BeforeAll
    static void anEditorSignsIn() {
        browser.database().accounts().add("rin", Role.EDITOR, PASSWORD);
        browser.signIn("rin", PASSWORD);
    }

    @Test
    void filtersThenBulkAcceptsTheSelection() {
        Map<String, Long> facts = factsBySummaryStart();
        browser.open("/review");
        new Select(browser.driver().findElement(By.name("country"))).selectByVisibleText("Vietnam");
        browser.driver().findElement(By.name("min_confidence")).sendKeys("0.75");
        browser.navigate(browser.driver().findElement(By.cssSelector(".queue-filters button[type=submit]"))::click);

        assertThat(browser.driver().getCurrentUrl()).contains("country=VN").contains("min_confidence=0.75");
        assertThat(browser.driver().findElements(By.cssSelector("tr.fact .what"))).extracting(WebElement::getText)
                .containsExactly("Friendship: Da Nang — Sakai", "FDI total: Japan → Vietnam, 932,000,000 USD");

        browser.navigate(browser.driver().findElement(By.cssSelector("form.bulk button.accept"))::click);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Accept 2 facts?");
        browser.navigate(browser.driver().findElement(By.cssSelector("form.bulk-apply button.confirm"))::click);

        assertThat(browser.driver().getCurrentUrl()).contains("country=VN").contains("min_confidence=0.75");
        assertThat(browser.driver().findElement(By.cssSelector(".empty")).getText()).contains("No facts match");
        long tie = facts.get("Friendship");
        long investment = facts.get("FDI total");
        assertThat(state(tie)).isEqualTo("accepted");
        assertThat(state(investment)).isEqualTo("accepted");
        assertThat(state(facts.get("Role"))).isEqualTo("proposed");
        assertThat(state(facts.get("Visit"))).isEqualTo("proposed");
        List<AuditEntry> bulk = browser.database().auditLog(50).stream().filter(e -> e.json().path("operation")
                .path("op").asText().equals("accept")).toList();
        assertThat(bulk).extracting(AuditEntry::target).containsExactlyInAnyOrder("fact:" + tie, "fact:" + investment);
        assertThat(bulk).extracting(AuditEntry::user).containsOnly("rin");
    }

    @Test
    void changesAPartyThroughTheTypeAheadAndShowsItOnTheFact() {
        long mou = factsBySummaryStart().get("MOU");
        browser.open("/review?type=agreement");
        browser.driver().findElement(By.cssSelector("#fact-" + mou + " button.edit")).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.editing form.edit")));

        assertThat(form.findElement(By.cssSelector(".evidence mark.trigger")).getText()).isEqualTo("signed");
        assertThat(form.findElements(By.cssSelector(".fields label"))).extracting(WebElement::getText)
                .anySatisfy(label -> assertThat(label).startsWith("Kind"))
                .anySatisfy(label -> assertThat(label).startsWith("Date"));
        WebElement date = form.findElement(By.name("field.date"));
        date.clear();
        date.sendKeys("soon");
        assertThat(invalid(date)).isTrue();
        date.clear();
        date.sendKeys("2013-10-31");
        assertThat(invalid(date)).isFalse();

        WebElement party = form.findElements(By.cssSelector("fieldset[data-field=parties] input")).get(1);
        party.clear();
        party.sendKeys("Saka");
        WebElement suggestion = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//ul[contains(@class,'suggestions')]/li[starts-with(normalize-space(.), 'Sakai')]")));
        suggestion.click();
        assertThat(party.getAttribute("value")).isEqualTo("Sakai");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#fact-" + mou + " .what"),
                "MOU: JETRO — Sakai"));
        assertThat(browser.driver().findElement(By.cssSelector("#fact-" + mou + " .state")).getText()).contains("edited");
        Agreement edited = (Agreement) browser.database().knowledgeFact(mou).orElseThrow().fact();
        assertThat(edited.parties()).extracting(EntityRef::name).containsExactly("JETRO", "Sakai");
    }

    private static boolean invalid(WebElement input) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].matches(':invalid')",
                input);
    }

    private static String state(long fact) {
        return browser.database().knowledgeFact(fact).orElseThrow().reviewState().code();
    }

    /** The samples' facts by the first word of their summary: "MOU", "Friendship", "Role", "Visit", "FDI total". */
    private static Map<String, Long> factsBySummaryStart() {
        return browser.database().knowledgeFacts(KnowledgeQuery.all()).items().stream()
                .collect(Collectors.toMap(f -> f.summary().substring(0, f.summary().indexOf(':')), KnowledgeFact::id));
    }
}
