package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.web.agreement.CommittedMou;

/**
 * An editor follows an agreement up from a party's page in a real Chromium: sees its status and
 * commitments there, confirms the festival suggested as carrying out a commitment and sees it
 * confirmed (the commitment then in progress), and then cancels the agreement with a day and a reason
 * and takes the cancellation back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommitmentActivityBrowserTest {

    private static final String PASSWORD = "an editor's long password";

    @RegisterExtension
    static final Browser browser = new Browser();

    private static long mou;

    @BeforeAll
    static void anEditorSignsInOverACommittedMouAndALaterFestival() {
        browser.database().save(CommittedMou.report());
        mou = browser.database().knowledgeFacts(KnowledgeQuery.all().withType(FactType.AGREEMENT)).items().stream()
                .filter(f -> f.summary().contains("Asahikawa")).findFirst().orElseThrow().id();
        browser.database().save(CommittedMou.laterFestival());
        browser.database().accounts().add("mei", Role.EDITOR, PASSWORD);
        browser.signIn("mei", PASSWORD);
    }

    @Test
    @Order(1)
    void confirmsASuggestedActivityAndSeesItConfirmed() {
        long harbin = browser.database().entities(EntityQuery.all().withText("Harbin")).items().get(0).id();
        browser.open("/entities/" + harbin);
        WebElement row = browser.driver().findElement(By.cssSelector("#agreement-follow-up .agreement-follow-up-row"));
        assertThat(row.findElement(By.cssSelector(".agreement-status")).getText()).isEqualTo("in force");
        assertThat(row.findElement(By.cssSelector(".commitment-statuses")).getText()).isEqualTo("2 planned");
        browser.navigate(row.findElement(By.cssSelector("a"))::click);

        WebElement suggested = activity();
        assertThat(suggested.findElement(By.cssSelector(".decision")).getText()).isEqualTo("suggested activity");
        assertThat(suggested.getText()).contains("snow", "festival");
        browser.navigate(suggested.findElement(By.cssSelector("button.confirmed"))::click);

        assertThat(activity().findElement(By.cssSelector(".decision")).getText()).isEqualTo("confirmed");
        assertThat(commitment(CommittedMou.FAIR).findElement(By.cssSelector(".commitment-status")).getText())
                .isEqualTo("in progress");
        assertThat(text(".commitment-history")).contains("commitment-activity", "confirmed", "mei");
        browser.open("/entities/" + harbin);
        assertThat(text("#agreement-follow-up .commitment-statuses")).isEqualTo("1 planned, 1 in progress");
    }

    @Test
    @Order(2)
    void cancelsTheAgreementWithADayAndAReason() {
        browser.open("/facts/" + mou);
        browser.driver().findElement(By.cssSelector(".cancel-agreement summary")).click();
        WebElement form = browser.driver().findElement(By.cssSelector(".cancel-form"));
        form.findElement(By.name("on")).sendKeys("2026-03");
        form.findElement(By.name("reason")).sendKeys("the festival committee was dissolved");
        form.findElement(By.name("confirm")).click();
        browser.navigate(form.findElement(By.cssSelector("button[type=submit]"))::click);

        assertThat(text(".agreement-follow-up .agreement-status")).isEqualTo("cancelled");
        assertThat(text(".agreement-follow-up .cancellation")).contains("2026-03", "the festival committee was dissolved");
        assertThat(browser.driver().findElements(By.cssSelector(".cancel-agreement"))).isEmpty();
        browser.open("/audit");
        assertThat(text(".audit-entry")).contains("cancel-agreement", "agreement:" + mou, "mei");

        browser.open("/facts/" + mou);
        browser.navigate(browser.driver().findElement(By.cssSelector(".cancellation + .cancel-form button"))::click);
        assertThat(text(".agreement-follow-up .agreement-status")).isEqualTo("in force");
    }

    private static WebElement activity() {
        List<WebElement> linked = commitment(CommittedMou.FAIR).findElements(By.cssSelector(".linked-activity"));
        assertThat(linked).hasSize(1);
        return linked.get(0);
    }

    private static WebElement commitment(String text) {
        return browser.driver().findElements(By.cssSelector(".commitment")).stream()
                .filter(c -> c.findElement(By.cssSelector(".text")).getText().equals(text)).findFirst().orElseThrow();
    }

    private static String text(String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).getText();
    }
}
