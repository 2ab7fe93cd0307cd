package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.watch.WatchKind;
import org.tsunagu.web.product.DriedFruitLines;

/**
 * An editor who follows Tottori adds two buyers in a real Chromium, one after a form sent back with
 * its problems, then finds the buyers for a product line from Tottori: ranked, each match explained.
 */
class ProductBuyersBrowserTest {

    private static final String PASSWORD = "a trade desk's long password";

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeAll
    static void anEditorWhoFollowsTottoriSignsIn() {
        browser.database().save(DriedFruitLines.report());
        long kaito = browser.database().accounts().add("kaito", Role.EDITOR, PASSWORD).id();
        long tottori = EntityIds.of(browser.database(), "Tottori");
        browser.database().watchlists().follow(kaito, WatchKind.ENTITY, String.valueOf(tottori), "Tottori");
        browser.signIn("kaito", PASSWORD);
    }

    @Test
    void findsTheBuyersForAProductLineRankedAndExplained() {
        browser.open("/buyers");
        fill("name", "Harbour Fresh Markets");
        browser.driver().findElement(By.cssSelector("input[name=channel][value=retail]")).click();
        fill("regions", "Japan");
        browser.navigate(browser.driver().findElement(By.cssSelector(".buyer-form button[type=submit]"))::click);

        assertThat(text(".problems")).isEqualTo("name at least one category of goods the buyer wants");
        assertThat(value("name")).as("the form keeps what was typed").isEqualTo("Harbour Fresh Markets");
        assertThat(browser.driver().findElement(By.cssSelector("input[name=channel][value=retail]")).isSelected()).isTrue();
        fill("categories", "Fruits");
        browser.navigate(browser.driver().findElement(By.cssSelector(".buyer-form button[type=submit]"))::click);
        assertThat(text("h1")).isEqualTo("Harbour Fresh Markets");

        browser.open("/buyers");
        fill("name", "Crate and Click");
        browser.driver().findElement(By.cssSelector("input[name=channel][value=e_commerce]")).click();
        fill("categories", "dried pear");
        browser.navigate(browser.driver().findElement(By.cssSelector(".buyer-form button[type=submit]"))::click);

        browser.open("/entities");
        browser.navigate(browser.driver().findElement(By.linkText("product lines"))::click);
        new Select(browser.driver().findElement(By.name("channel"))).selectByValue("retail");
        browser.navigate(browser.driver().findElement(By.cssSelector(".filters button[type=submit]"))::click);
        assertThat(browser.driver().findElements(By.cssSelector(".product-line .name"))).extracting(WebElement::getText)
                .containsExactly(DriedFruitLines.PEARS);
        browser.navigate(browser.driver().findElement(By.linkText(DriedFruitLines.PEARS))::click);
        assertThat(text(".product-facts .channels")).isEqualTo("retail, e-commerce");
        List<WebElement> matches = browser.driver().findElements(By.cssSelector(".match"));
        assertThat(matches).extracting(m -> m.findElement(By.cssSelector(".buyer")).getText())
                .containsExactly("Harbour Fresh Markets", "Crate and Click");
        assertThat(matches.get(0).findElement(By.cssSelector(".explanation")).getText()).isEqualTo("channel: retail; "
                + "category: dried pears (Fruits); origin: Tottori, in Japan, where the buyer buys; origin: Tottori, which you follow");
    }

    private static void fill(String name, String value) {
        WebElement field = browser.driver().findElement(By.cssSelector(".buyer-form input[name=" + name + "]"));
        field.clear();
        field.sendKeys(value);
    }

    private static String value(String name) {
        return browser.driver().findElement(By.cssSelector(".buyer-form input[name=" + name + "]")).getAttribute("value");
    }

    private static String text(String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).getText();
    }
}
