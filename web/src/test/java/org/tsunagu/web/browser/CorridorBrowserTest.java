package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.ingest.InOrderWorkers;
import org.tsunagu.ingest.IngestListener;
import org.tsunagu.ingest.Ingestor;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.ReadOptions;
import org.tsunagu.store.testing.EntityIds;

/** A corridor's page over the two Da Nang samples, which rank Japan first among the city's investors. */
class CorridorBrowserTest {

    private static final List<Path> DA_NANG_SAMPLES = List.of(Path.of("../examples/articles/45-danang-sakai-portal.txt"),
            Path.of("../examples/articles/47-danang-japan-week.txt"));
    /** True once ECharts has drawn something on a canvas of the chart box. */
    private static final String CANVAS_DRAWN = """
            const canvas = document.querySelector('#corridor-charts canvas');
            if (!canvas || canvas.width === 0) return false;
            const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) return true; }
            return false;""";

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeAll
    static void theDaNangSamplesAreIngested() throws Exception {
        new Ingestor(Extractors.standard(), browser.database(), new InOrderWorkers(1)).ingest(
                ArticleFiles.of(DA_NANG_SAMPLES, ReadOptions.defaults()).iterator(), DA_NANG_SAMPLES.size(),
                IngestListener.SILENT);
    }

    @Test
    void showsJapansRankAmongDaNangsInvestorsInUsd() {
        openCorridor("");

        assertThat(browser.driver().findElement(By.id("rankings")).getText())
                .contains("Japan: 1st among investors in Da Nang, 1.12 billion USD")
                .contains("Japan: 1st among investors in Da Nang, 1.05 billion USD");
        assertThat(drawn()).as("the chart's canvas is drawn").isTrue();
    }

    @Test
    void setsDisagreeingFiguresSideBySideWithTheirSources() {
        openCorridor("");

        String conflicts = browser.driver().findElement(By.id("conflicts")).getText();
        assertThat(conflicts).contains("1.05 billion USD").contains("1.12 billion USD")
                .contains("45-danang-sakai-portal").contains("47-danang-japan-week");
    }

    @Test
    void showsTheFiguresInYenBesideTheAmountAsRead() {
        openCorridor("?currency=JPY");

        String table = browser.driver().findElement(By.id("figures")).getText();
        assertThat(table).contains("In JPY").contains("1.12 billion USD").containsPattern("\\d+(\\.\\d+)? billion JPY \\(\\d{4} rates\\)");
        assertThat(drawn()).isTrue();
    }

    @Test
    void reachesTheCorridorFromTheInvestorsPage() {
        browser.open("/entities/" + EntityIds.of(browser.database(), "Japan"));
        browser.navigate(browser.driver().findElement(By.partialLinkText("Corridors"))::click);
        browser.navigate(browser.driver().findElement(By.linkText("Japan → Da Nang"))::click);

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Japan → Da Nang");
    }

    private static void openCorridor(String query) {
        browser.open("/corridors/" + EntityIds.of(browser.database(), "Japan") + "/"
                + EntityIds.of(browser.database(), "Da Nang") + query);
    }

    private static boolean drawn() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(CANVAS_DRAWN));
    }
}
