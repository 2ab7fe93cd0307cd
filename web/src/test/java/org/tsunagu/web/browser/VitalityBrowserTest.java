package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.ingest.InOrderWorkers;
import org.tsunagu.ingest.IngestListener;
import org.tsunagu.ingest.Ingestor;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.ReadOptions;

/**
 * Over the samples as {@code tsunagu ingest} stores them, a user sees the ties ranked by vitality,
 * the liveliest first with its score explained and its facts by year drawn, and an entity's ties
 * with their sparklines on its page.
 */
class VitalityBrowserTest {

    private static final Path SAMPLES = Path.of("../examples/articles");

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeAll
    static void theSamplesAreIngested() throws IOException {
        try (var files = Files.list(SAMPLES)) {
            new Ingestor(Extractors.standard(), browser.database(), new InOrderWorkers(2)).ingest(
                    ArticleFiles.of(List.of(SAMPLES), ReadOptions.defaults()).iterator(), files.count(),
                    IngestListener.SILENT);
        }
    }

    @Test
    void ranksTiesByVitality() {
        browser.open("/entities");
        browser.navigate(browser.driver().findElement(By.linkText("ties by vitality"))::click);

        List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.ties tbody tr"));
        assertThat(rows).hasSizeGreaterThan(10);
        WebElement first = rows.get(0);
        assertThat(first.findElement(By.cssSelector(".ends")).getText()).startsWith("Shizuoka — Zhejiang");
        assertThat(first.findElement(By.cssSelector(".status")).getText()).isEqualTo("active");
        String explanation = first.findElement(By.cssSelector(".explanation")).getText();
        assertThat(explanation).startsWith("1 MOU, 1 visit and 1 investment figure in 2025");
        WebElement sparkline = first.findElement(By.cssSelector("svg.sparkline"));
        assertThat(sparkline.getAttribute("aria-label")).contains("2025 1 MOU, 1 visit and 1 investment figure");
        assertThat(sparkline.findElements(By.cssSelector("rect.year"))).hasSize(1);
        assertThat(sparkline.getSize().getWidth()).isGreaterThan(50);

        browser.navigate(first.findElement(By.linkText("Shizuoka"))::click);

        WebElement section = browser.driver().findElement(By.id("vitality"));
        List<WebElement> ties = section.findElements(By.cssSelector("li.tie"));
        assertThat(ties).isNotEmpty();
        assertThat(ties.get(0).findElement(By.cssSelector(".other")).getText()).isEqualTo("Zhejiang");
        assertThat(section.findElements(By.cssSelector("svg.sparkline"))).hasSameSizeAs(ties);
        assertThat(ties.get(0).findElement(By.cssSelector(".explanation")).getText()).isEqualTo(explanation);
    }

    @Test
    void showsTiesOnPaperOnlyWhenAsked() {
        browser.open("/ties");
        browser.navigate(browser.driver().findElement(By.cssSelector(".statuses .on_paper a"))::click);

        List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.ties tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.findElement(By.cssSelector(".status")).getText())
                .isEqualTo("on paper only"));
    }
}
