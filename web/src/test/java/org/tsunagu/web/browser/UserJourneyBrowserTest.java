package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tsunagu.store.account.Role;

/**
 * The way an international-affairs officer works through the application, in a real Chromium:
 * sign in, search a city, open it, see its friendship cities with their years, open its network,
 * accept a fact in the review queue, and take the ties away as a spreadsheet.
 */
class UserJourneyBrowserTest {

    private static final String PASSWORD = "a long journey password";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void signsInSearchesOpensTheCityReviewsAndExports() throws Exception {
        browser.database().accounts().add("mai", Role.EDITOR, PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));

        browser.signIn("mai", PASSWORD);

        browser.open("/");
        WebElement search = browser.driver().findElement(By.name("q"));
        search.sendKeys("Da Nang");
        browser.navigate(search::submit);
        browser.navigate(browser.driver().findElement(By.linkText("Da Nang"))::click);

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Da Nang");
        assertThat(browser.driver().findElements(By.cssSelector(".timeline li"))).extracting(WebElement::getText)
                .anySatisfy(tie -> assertThat(tie).contains("1997").contains("Sakai"));

        browser.navigate(browser.driver().findElement(By.cssSelector(".network-link a"))::click);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".network canvas")));

        browser.open("/review");
        WebElement first = browser.driver().findElement(By.cssSelector("tr.fact"));
        String row = first.getAttribute("id");
        first.findElement(By.cssSelector("button.accept")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#" + row + " .state"), "accepted"));
        long accepted = Long.parseLong(row.substring("fact-".length()));
        assertThat(browser.database().knowledgeFact(accepted).orElseThrow().reviewState().code()).isEqualTo("accepted");

        browser.open("/export");
        browser.driver().findElement(By.linkText("relationship.csv")).click();
        Path file = browser.downloaded("relationship.csv", Duration.ofSeconds(10));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Da Nang,Sakai");
    }
}
