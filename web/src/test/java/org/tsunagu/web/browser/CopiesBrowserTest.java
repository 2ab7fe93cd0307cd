package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tsunagu.store.document.DocumentListing;
import org.tsunagu.store.testing.Copies;

class CopiesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void showsTheOtherThirtyOneOutletsOfAStoryOnACopysPage() {
        Copies.ofStory(32).forEach(browser.database()::save);
        DocumentListing newest = browser.database().documents(1, 0).items().get(0);

        browser.open("/documents/" + newest.id());

        List<WebElement> copies = browser.driver().findElements(By.cssSelector(".also-published li"));
        assertThat(copies).hasSize(31).extracting(WebElement::getText)
                .allMatch(text -> text.matches("outlet-\\d+ Outlet \\d+ News"))
                .noneMatch(text -> text.startsWith(newest.name() + " "));
        browser.navigate(copies.get(0).findElement(By.tagName("a"))::click);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("outlet-1");
        assertThat(browser.driver().findElements(By.cssSelector(".also-published li"))).hasSize(31);
    }
}
