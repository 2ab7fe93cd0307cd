package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tsunagu.store.account.Role;

/** An admin uploads an article from the browser and reads what became of it, in a real Chromium. */
class UploadBrowserTest {

    private static final String PASSWORD = "an admin's long password";
    private static final String NOTICE = "No facts were read: this article is in Japanese; Tsunagu reads English articles.";

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeAll
    static void anAdminSignsIn() {
        browser.database().accounts().add("ada", Role.ADMIN, PASSWORD);
        browser.signIn("ada", PASSWORD);
    }

    @Test
    void uploadsAJapaneseArticleAndSaysNoFactsWereReadBecauseOfItsLanguage(@TempDir Path folder) throws Exception {
        Path article = Files.writeString(folder.resolve("shizuoka.txt"),
                "静岡県とカンホア省は、観光と水産業の協力に関する覚書を締結した。両地域は来年から職員の相互派遣を始める。");
        browser.open("/");
        browser.navigate(browser.driver().findElement(By.cssSelector("nav.account")).findElement(By.linkText("Upload"))::click);
        browser.driver().findElement(By.cssSelector("input[type=file][name=file]")).sendKeys(article.toString());

        browser.navigate(browser.driver().findElement(By.cssSelector("#upload-form button[type=submit]"))::click);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".not-read")));

        assertThat(browser.driver().findElement(By.cssSelector(".not-read")).getText()).isEqualTo(NOTICE);
        assertThat(browser.driver().findElement(By.cssSelector("#upload .status")).getText()).contains("0 new facts");
        browser.navigate(browser.driver().findElement(By.linkText("Open the document"))::click);
        assertThat(browser.driver().findElement(By.cssSelector(".not-read")).getText()).isEqualTo(NOTICE);
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("カンホア");
    }

    @Test
    void uploadsAPastedArticleAndShowsItsFacts() {
        browser.open("/upload");
        paste("Kanazawa and Hue sign tourism memorandum", "Hue Heritage Courier", "https://courier.example/kanazawa-hue",
                "2025-03-13", "Kanazawa City and Hue City signed a memorandum of understanding on tourism and craft"
                        + " cooperation on March 12, 2025. The two cities will exchange lacquer and silk artisans from"
                        + " next year.");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".new-facts")));
        assertThat(browser.driver().findElement(By.cssSelector(".new-facts")).getText())
                .contains("MOU: Kanazawa City — Hue City (2025-03-12)");
        browser.navigate(browser.driver().findElement(By.cssSelector(".new-facts"))
                .findElement(By.partialLinkText("MOU: Kanazawa City"))::click);

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("MOU: Kanazawa City — Hue City (2025-03-12)");
        assertThat(browser.driver().findElement(By.cssSelector(".source-list")).getText())
                .contains("Kanazawa and Hue sign tourism memorandum", "Hue Heritage Courier", "13 March 2025");
        assertThat(browser.driver().findElement(By.cssSelector(".source-list a.original")).getAttribute("href"))
                .isEqualTo("https://courier.example/kanazawa-hue");
        assertThat(browser.driver().findElements(By.cssSelector("#review button.accept"))).hasSize(1);
    }

    @Test
    void uploadsAJapaneseArticleAndSeesTheLanguageNotice() {
        browser.open("/upload");
        paste("北九州とハイフォン、港湾協力で覚書", "Kyushu Harbour Shimbun", "", "",
                "北九州市とハイフォン市は、港湾運営と環境技術の協力に関する覚書を締結した。両市は来年から技術者の相互派遣を始める予定だ。");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".not-read")));
        assertThat(browser.driver().findElement(By.cssSelector(".not-read")).getText()).isEqualTo(NOTICE);
        assertThat(browser.driver().findElement(By.cssSelector("#upload .status")).getText()).contains("0 new facts");
        String status = browser.driver().getCurrentUrl().replace("/uploads/", "/api/uploads/");
        browser.driver().get(status);
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("\"not_read\"").contains(NOTICE);

        browser.open("/search?q=" + URLEncoder.encode("ハイフォン市", StandardCharsets.UTF_8));
        browser.navigate(browser.driver().findElement(By.partialLinkText("北九州とハイフォン"))::click);
        assertThat(browser.driver().findElement(By.cssSelector(".not-read")).getText()).isEqualTo(NOTICE);
        assertThat(browser.driver().findElement(By.cssSelector(".publication")).getText()).contains("Kyushu Harbour Shimbun");
    }

    @Test
    void saysWhatToCorrectInAPastedArticlesDetailsAndKeepsWhatWasTyped() {
        browser.open("/upload");
        paste("A headline", "An outlet", "", "2999-01-01", "Some text that was pasted.");

        assertThat(browser.driver().findElement(By.cssSelector("#paste-form .form-error")).getText())
                .contains("The date 2999-01-01 is in the future.");
        assertThat(browser.driver().findElement(By.name("title")).getAttribute("value")).isEqualTo("A headline");
        assertThat(browser.driver().findElement(By.name("text")).getAttribute("value")).isEqualTo("Some text that was pasted.");
    }

    /** Fills the paste form and sends it; the date is set as the date picker would, whatever the browser's locale. */
    private static void paste(String title, String outlet, String url, String date, String text) {
        WebElement form = browser.driver().findElement(By.cssSelector("#paste-form form"));
        form.findElement(By.name("title")).sendKeys(title);
        form.findElement(By.name("outlet")).sendKeys(outlet);
        form.findElement(By.name("url")).sendKeys(url);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                form.findElement(By.name("date")), date);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                form.findElement(By.name("text")), text);
        browser.navigate(form.findElement(By.cssSelector("button[type=submit]"))::click);
    }
}
