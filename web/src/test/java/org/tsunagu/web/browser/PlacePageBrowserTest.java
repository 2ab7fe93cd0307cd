package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.EntityIds;

/** A place's page says what the place is in the words people use, and how it is written in its own language. */
class PlacePageBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeAll
    static void saveAnArticleNamingPlacesInEnglish() {
        Articles article = Articles.article("osaka-quangninh-bavaria",
                "Osaka Prefecture, Quang Ninh Province and Bavaria signed a memorandum on hydrogen.");
        browser.database().save(article.with(article.mou("signed a memorandum", PartialDate.ofYear(2024),
                article.place("Osaka Prefecture"), article.place("Quang Ninh Province"), article.place("Bavaria"))));
    }

    @Test
    void showsAPrefectureWithItsJapaneseName() {
        assertThat(heading("Osaka Prefecture")).isEqualTo("Osaka Prefecture · 大阪府 place prefecture");
    }

    @Test
    void showsAProvinceWithItsVietnameseName() {
        assertThat(heading("Quang Ninh Province")).isEqualTo("Quang Ninh Province · Quảng Ninh place province");
    }

    @Test
    void showsAGermanLandAsAStateWithItsGermanName() {
        assertThat(heading("Bavaria")).isEqualTo("Bavaria · Bayern place state");
    }

    private static String heading(String entity) {
        browser.open("/entities/" + EntityIds.of(browser.database(), entity));
        return browser.driver().findElement(By.cssSelector(".about h1")).getText();
    }
}
