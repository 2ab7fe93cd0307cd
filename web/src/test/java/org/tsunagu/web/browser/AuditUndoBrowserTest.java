package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.ReviewState;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.testing.EntityIds;

/** An editor takes back a decision from the audit log, in a real Chromium. */
class AuditUndoBrowserTest {

    private static final String PASSWORD = "an editor's long password";

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeAll
    static void anEditorSignsIn() {
        browser.database().accounts().add("noor", Role.EDITOR, PASSWORD);
        browser.signIn("noor", PASSWORD);
    }

    @Test
    void undoesAnAcceptFromTheAuditPage() {
        long fact = browser.database().knowledgeFacts(KnowledgeQuery.all().withType(FactType.EVENT)).items().get(0).id();
        AuditEntry accept = browser.database().apply(new Operation.Accept(fact), "noor");
        browser.open("/audit");

        browser.navigate(entry(accept.id()).findElement(By.cssSelector("form.undo button"))::click);

        assertThat(browser.database().knowledgeFact(fact).orElseThrow().reviewState()).isEqualTo(ReviewState.PROPOSED);
        WebElement newest = browser.driver().findElements(By.cssSelector(".audit-entry")).get(0);
        assertThat(newest.findElement(By.cssSelector(".operation")).getText()).isEqualTo("undo");
        assertThat(newest.findElement(By.cssSelector(".target")).getText()).isEqualTo("fact:" + fact);
        assertThat(newest.findElements(By.cssSelector("form.undo button"))).hasSize(1);
        assertThat(entry(accept.id()).findElements(By.cssSelector("form.undo"))).isEmpty();
        assertThat(entry(accept.id()).findElement(By.cssSelector(".no-undo")).getText()).contains("later change");
    }

    @Test
    void saysWhyAMergeHasNoUndoButton() {
        long into = EntityIds.of(browser.database(), "JETRO");
        long from = EntityIds.of(browser.database(), "Chongqing Municipal Government");
        AuditEntry merge = browser.database().apply(new Operation.Merge(from, into), "noor");

        browser.open("/audit");

        assertThat(entry(merge.id()).findElements(By.cssSelector("form.undo"))).isEmpty();
        assertThat(entry(merge.id()).findElement(By.cssSelector(".no-undo")).getText())
                .contains("a merge cannot be undone");
    }

    private static WebElement entry(long id) {
        List<WebElement> entries = browser.driver().findElements(By.cssSelector(".audit-entry[data-id='" + id + "']"));
        assertThat(entries).as("audit entry " + id + " on the page").hasSize(1);
        return entries.get(0);
    }
}
