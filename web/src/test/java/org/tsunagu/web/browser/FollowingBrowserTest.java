package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.EntityIds;

/** A viewer follows a place, a new article names it, and the Following page and the place's feed show the new fact. */
class FollowingBrowserTest {

    private static final String PASSWORD = "a password to follow with";
    private static final String SENTENCE = "Sakai and Busan signed a memorandum on port logistics on 4 March 2026.";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void followsAnEntityAndSeesANewFactInItsFeed() throws Exception {
        browser.database().accounts().add("sora", Role.VIEWER, PASSWORD);
        signIn();
        browser.open("/entities/" + EntityIds.of(browser.database(), "Sakai"));
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector(".follow-button button")));
        browser.navigate(browser.driver().findElement(By.cssSelector(".follow-button button"))::click);
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".follow-button"), "Unfollow"));

        Articles article = Articles.article("sakai-busan", SENTENCE);
        browser.database().save(article.with(article.mou("signed", PartialDate.ofDay(2026, 3, 4),
                article.place("Sakai"), article.place("Busan"))));

        browser.open("/following");
        String watchlist = browser.driver().findElement(By.cssSelector(".watchlist")).getText();
        assertThat(watchlist).contains("Sakai", "1 new fact since your last visit", "Busan", SENTENCE);
        String factPage = browser.driver().findElement(By.cssSelector(".watchlist .news a")).getAttribute("href");
        assertThat(URI.create(factPage).getPath()).matches("/facts/\\d+");

        browser.navigate(browser.driver().findElement(By.cssSelector(".feeds button"))::click);
        String feedAddress = browser.driver().findElement(By.cssSelector(".feed-address input")).getAttribute("value");
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(feedAddress)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).as("a feed reader without the session's cookie").isEqualTo(200);
        assertThat(feed.body()).contains("<summary>" + SENTENCE + "</summary>", factPage);

        browser.open("/following");
        assertThat(browser.driver().findElement(By.cssSelector(".watchlist .since")).getText())
                .as("the last visit saw it").isEqualTo("Nothing new since your last visit");
    }

    private static void signIn() {
        browser.signIn("sora", PASSWORD);
    }

    private static <T> void wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(condition);
    }
}
