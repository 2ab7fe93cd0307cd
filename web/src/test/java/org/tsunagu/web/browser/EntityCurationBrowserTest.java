package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.EntityIds;

/** An editor merges two spellings of one firm from the suggested duplicates, in a real Chromium. */
class EntityCurationBrowserTest {

    private static final String PASSWORD = "a long curator password";

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeAll
    static void twoSpellingsOfOneFirmAreStoredAndAnEditorSignsIn() {
        Articles one = Articles.article("harbour", "Quenby Shipyards signed an MOU with Amberlea Port Authority.");
        browser.database().save(one.with(one.mou("signed", PartialDate.ofYear(2024),
                one.organisation("Quenby Shipyards"), one.organisation("Amberlea Port Authority"))));
        Articles two = Articles.article("river", "Quenby Shipyard Co. signed an MOU with Heathcote Ferries.");
        browser.database().save(two.with(two.mou("signed", PartialDate.ofYear(2025),
                two.organisation("Quenby Shipyard Co."), two.organisation("Heathcote Ferries"))));
        browser.database().accounts().add("noor", Role.EDITOR, PASSWORD);
        browser.signIn("noor", PASSWORD);
    }

    @Test
    void mergesTwoEntitiesFromASuggestion() {
        long shipyards = EntityIds.of(browser.database(), "Quenby Shipyards");
        long shipyardCo = EntityIds.of(browser.database(), "Quenby Shipyard Co.");
        browser.open("/entities");
        browser.navigate(browser.driver().findElement(By.linkText("Suggested duplicates"))::click);

        WebElement suggestion = browser.driver().findElements(By.cssSelector(".duplicate")).stream()
                .filter(d -> d.getText().contains("Quenby Shipyards") && d.getText().contains("Quenby Shipyard Co."))
                .findFirst().orElseThrow();
        assertThat(suggestion.findElement(By.cssSelector(".reasons")).getText()).contains("alike (Jaro-Winkler)");
        browser.navigate(suggestion.findElement(By.cssSelector("a.compare"))::click);

        browser.driver().findElement(By.cssSelector("input[name=keep][value='" + shipyardCo + "']")).click();
        browser.navigate(browser.driver().findElement(By.cssSelector("button.confirm-merge"))::click);

        assertThat(browser.driver().getCurrentUrl()).endsWith("/entities/" + shipyardCo);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).startsWith("Quenby Shipyard Co.");
        String page = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(page).contains("Also called", "Quenby Shipyards", "Amberlea Port Authority", "Heathcote Ferries");

        browser.open("/entities/" + shipyards);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/entities/" + shipyardCo);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).startsWith("Quenby Shipyard Co.");
    }

    @Test
    void renamesAnEntityFromItsPage() {
        Articles article = Articles.article("mill", "Ortolan Mills signed an MOU with Heathcote Ferries.");
        browser.database().save(article.with(article.mou("signed", PartialDate.ofYear(2024),
                article.organisation("Ortolan Mills"), article.organisation("Heathcote Ferries"))));
        long mills = EntityIds.of(browser.database(), "Ortolan Mills");
        browser.open("/entities/" + mills);

        browser.driver().findElement(By.cssSelector("details.curate summary")).click();
        WebElement name = browser.driver().findElement(By.cssSelector("form.rename input[name=name]"));
        name.clear();
        name.sendKeys("Ortolan Flour Mills");
        browser.navigate(browser.driver().findElement(By.cssSelector("form.rename button"))::click);

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).startsWith("Ortolan Flour Mills");
        assertThat(browser.database().auditLog(1).get(0).operation()).contains("\"op\":\"rename\"");
    }
}
