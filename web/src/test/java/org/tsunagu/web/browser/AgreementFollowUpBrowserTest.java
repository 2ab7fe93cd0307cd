package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tsunagu.store.account.Role;
import org.tsunagu.web.agreement.CommittedMou;

/**
 * An editor follows up an agreement in a real Chromium: finds it among those expiring within a
 * year, sees its term, status and commitments, marks one done, and sees the new status and the
 * audit entry the change made.
 */
class AgreementFollowUpBrowserTest {

    private static final String PASSWORD = "an editor's long password";

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeAll
    static void anEditorSignsInOverACommittedMou() {
        browser.database().save(CommittedMou.report());
        browser.database().accounts().add("noor", Role.EDITOR, PASSWORD);
        browser.signIn("noor", PASSWORD);
    }

    @Test
    void marksACommitmentDone() {
        browser.open("/entities");
        browser.navigate(browser.driver().findElement(By.linkText("Agreements to follow up"))::click);
        browser.navigate(browser.driver().findElement(By.cssSelector("#expiring .agreement-list a"))::click);

        assertThat(text(".agreement-follow-up .agreement-status")).isEqualTo("in force");
        assertThat(text(".agreement-follow-up .term")).isEqualTo("3 years");
        WebElement fair = commitment(CommittedMou.FAIR);
        assertThat(fair.findElement(By.cssSelector(".commitment-status")).getText()).isEqualTo("planned");

        new Select(fair.findElement(By.name("status"))).selectByValue("done");
        browser.navigate(fair.findElement(By.cssSelector("button[type=submit]"))::click);

        assertThat(commitment(CommittedMou.FAIR).findElement(By.cssSelector(".commitment-status")).getText()).isEqualTo("done");
        assertThat(commitment(CommittedMou.TRAINEES).findElement(By.cssSelector(".commitment-status")).getText())
                .isEqualTo("planned");
        assertThat(text(".commitment-history")).contains("commitment-status", CommittedMou.FAIR, "done", "noor");
        String mou = URI.create(browser.driver().getCurrentUrl()).getPath().replace("/facts/", "");
        browser.open("/audit");
        assertThat(text(".audit-entry")).contains("commitment-status", "agreement:" + mou, "noor");
    }

    private WebElement commitment(String text) {
        return browser.driver().findElements(By.cssSelector(".commitment")).stream()
                .filter(c -> c.findElement(By.cssSelector(".text")).getText().equals(text)).findFirst().orElseThrow();
    }

    private static String text(String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).getText();
    }
}
