package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.ingest.InOrderWorkers;
import org.tsunagu.ingest.IngestListener;
import org.tsunagu.ingest.Ingestor;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.ReadOptions;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.SalesChannel;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.product.BuyerDraft;
import org.tsunagu.store.product.BuyerSource;
import org.tsunagu.store.product.ProductFilter;
import org.tsunagu.store.product.ProductMarket;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.store.document.DocumentListing;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.watch.WatchKind;
import org.tsunagu.web.api.Route;

/**
 * Every page of the web application at 400 px, over the samples as {@code tsunagu ingest} stores
 * them, signed in as an admin: no page is wider than its window, nothing sticks out of it except
 * inside a box that scrolls sideways or clips it, and every link of the header can be reached. The pages are
 * the server's own GET routes, so a new page fails this test until it is visited here.
 */
class NarrowScreenBrowserTest {

    private static final int NARROW = 400;
    /** Not a route: the pages the server answers when there is none, or the request is wrong. */
    private static final String ERRORS = "error pages";
    private static final String PASSWORD = "a long narrow password";
    private static final Path SAMPLES = Path.of("../examples/articles");
    /** Set to a folder (docs/screenshots) to keep a 400 px picture of the home and entity pages there. */
    private static final String SCREENSHOTS = "tsunagu.narrowScreenshots";
    /** What sticks out of the window, skipping what lies in a box that scrolls sideways. */
    private static final String STICKING_OUT = """
            const width = document.documentElement.clientWidth;
            const boxed = element => {
                for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
                    const overflow = getComputedStyle(up).overflowX;
                    if (overflow === 'auto' || overflow === 'scroll') {
                        return up.getBoundingClientRect().right <= width + 1;
                    }
                    // A box that clips and fits the window (a map) keeps what lies outside it out of sight.
                    const box = up.getBoundingClientRect();
                    if (overflow === 'hidden' && box.left >= -1 && box.right <= width + 1) {
                        return true;
                    }
                }
                return false;
            };
            const out = [];
            for (const element of document.body.querySelectorAll('*')) {
                const box = element.getBoundingClientRect();
                if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
                if (box.right <= width + 1 && box.left >= -1) continue;
                if (boxed(element)) continue;
                out.push(element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).trim()
                        .split(/\\s+/).join('.') : '') + ' [' + Math.round(box.left) + '..' + Math.round(box.right) + ']');
            }
            return [document.documentElement.scrollWidth, window.innerWidth, out.slice(0, 8)];
            """;
    /** The header's links that cannot be seen or clicked where they are. */
    private static final String UNREACHABLE_HEADER_LINKS = """
            window.scrollTo(0, 0);
            const width = document.documentElement.clientWidth;
            const out = [];
            for (const link of document.querySelectorAll('header a')) {
                const box = link.getBoundingClientRect();
                const centre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                const visible = box.width > 0 && box.height > 0 && box.left >= -1 && box.right <= width + 1;
                if (!visible || !(centre === link || link.contains(centre))) out.push(link.getAttribute('href'));
            }
            return out;
            """;

    @RegisterExtension
    static final Browser browser = new Browser();

    private static Dimension wide;
    private static String uploadPage;

    @BeforeAll
    static void theSamplesAreIngestedAndAnAdminSignsIn() throws Exception {
        new Ingestor(Extractors.standard(), browser.database(), new InOrderWorkers(2)).ingest(
                ArticleFiles.of(List.of(SAMPLES), ReadOptions.defaults()).iterator(), sampleCount(), IngestListener.SILENT);
        browser.database().accounts().add("hana", Role.ADMIN, PASSWORD);
        uploadPage = upload(browser.database().accounts().issueToken("hana"));
        browser.signIn("hana", PASSWORD);
        wide = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(NARROW, 800));
    }

    @AfterAll
    static void theWindowIsWideAgain() {
        browser.driver().manage().window().setSize(wide);
    }

    @Test
    void fitsEveryPageIn400PixelsWithTheHeaderMenuReachable() throws IOException {
        Map<String, List<String>> pages = pages();
        assertThat(pageRoutes()).as("every page the server has is visited here").contains("/").isSubsetOf(pages.keySet());

        SoftAssertions.assertSoftly(soft -> {
            for (Map.Entry<String, List<String>> page : pages.entrySet()) {
                for (String url : page.getValue()) {
                    browser.open(url);
                    soft.assertThat(browser.driver().findElements(By.cssSelector(".error-page")).isEmpty())
                            .as(url + " shows its page, not an error").isEqualTo(!page.getKey().equals(ERRORS));
                    List<?> measured = (List<?>) script(STICKING_OUT);
                    soft.assertThat(((Number) measured.get(0)).intValue()).as(url + " is no wider than the window")
                            .isLessThanOrEqualTo(((Number) measured.get(1)).intValue());
                    soft.assertThat((List<?>) measured.get(2)).as(url + ": elements sticking out of the window").isEmpty();
                    soft.assertThat((List<?>) script(UNREACHABLE_HEADER_LINKS)).as(url + ": header links out of reach")
                            .isEmpty();
                }
            }
        });
        keepScreenshots(pages);
    }

    /** Each page route with the addresses that show it with data: lists with rows, pages with long text. */
    private static Map<String, List<String>> pages() {
        long fact = browser.database().knowledgeFacts(KnowledgeQuery.all()).items().get(0).id();
        DocumentListing longest = browser.database().documents(1_000, 0).items().stream()
                .max(Comparator.comparingLong(DocumentListing::statements)).orElseThrow();
        long daNang = EntityIds.of(browser.database(), "Da Nang");
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("/", List.of("/"));
        pages.put("/search", List.of("/search?q=Japan", "/search?q=Da+Nang&country=Vietnam"));
        pages.put("/entities", List.of("/entities", "/entities?type=place"));
        pages.put("/entities/{id}", List.of("/entities/" + daNang,
                "/entities/" + longestNamed(EntityType.ORGANISATION)));
        pages.put("/entities/duplicates", List.of("/entities/duplicates", "/entities/duplicates?type=place"));
        pages.put("/entities/merge", List.of("/entities/merge?a=" + daNang + "&b="
                + longestNamed(EntityType.PLACE)));
        pages.put("/facts/{id}", List.of("/facts/" + fact));
        long japan = EntityIds.of(browser.database(), "Japan");
        pages.put("/entities/{id}/corridors", List.of("/entities/" + japan + "/corridors"));
        pages.put("/corridors/{investor}/{destination}", List.of("/corridors/" + japan + "/" + daNang,
                "/corridors/" + japan + "/" + daNang + "?currency=JPY"));
        pages.put("/documents", List.of("/documents"));
        pages.put("/documents/{id}", List.of("/documents/" + longest.id()));
        pages.put("/network", List.of("/network", "/network?entity=" + daNang));
        pages.put("/map", List.of("/map", "/map?entity=" + daNang));
        pages.put("/calendar", List.of("/calendar?month=2024-03", "/calendar?month=2024-03&view=list"));
        pages.put("/export", List.of("/export"));
        pages.put("/agreements", List.of("/agreements"));
        pages.put("/review", List.of("/review"));
        pages.put("/review/{id}", List.of("/review/" + fact));
        pages.put("/review/{id}/edit", List.of("/review/" + fact + "/edit"));
        pages.put("/uploads/{id}", List.of(uploadPage));
        pages.put("/upload", List.of("/upload"));
        pages.put("/audit", List.of("/audit"));
        pages.put("/api-reference", List.of("/api-reference"));
        pages.put("/login", List.of("/login"));
        pages.put("/account/menu", List.of("/account/menu"));
        long hana = browser.database().accounts().find("hana").orElseThrow().id();
        browser.database().watchlists().follow(hana, WatchKind.ENTITY, String.valueOf(daNang), "Da Nang");
        pages.put("/following", List.of("/following"));
        pages.put("/following/button", List.of("/following/button?kind=entity&target=" + daNang,
                "/following/button?kind=search&target=%2Fsearch%3Fq%3DMOU"));
        pages.put("/ties", List.of("/ties", "/ties?status=on_paper&kind=places&entity=" + daNang));
        ProductMarket market = browser.database().productMarket();
        long product = market.productLines(ProductFilter.any()).get(0).id();
        long buyer = market.addBuyer(new BuyerDraft("A buyer with a rather long name for narrow screens", Optional.empty(),
                List.of(SalesChannel.RETAIL), List.of("rice", "tea"), List.of("Japan"), BuyerSource.EDITOR), "hana").id();
        pages.put("/products", List.of("/products", "/products?channel=retail&category=tea&origin=Japan"));
        pages.put("/products/{id}", List.of("/products/" + product));
        pages.put("/buyers", List.of("/buyers"));
        pages.put("/buyers/{id}", List.of("/buyers/" + buyer));
        pages.put("/partners/{id}", List.of("/partners/" + daNang));
        pages.put(ERRORS, List.of("/no-such-page", "/entities?colour=red", "/entities/999999"));
        return pages;
    }

    private static long longestNamed(EntityType type) {
        return browser.database().entities(EntityQuery.all().withType(type).withLimit(EntityQuery.MAX_LIMIT)).items()
                .stream().max(Comparator.comparingInt(entity -> entity.name().length())).orElseThrow().id();
    }

    /** The GET routes that answer a page: not the API, not the files of the export. */
    private static Set<String> pageRoutes() {
        return browser.routes().stream().filter(route -> route.method().equals("GET")).map(Route::path)
                .filter(path -> !path.startsWith("/api/") && !path.contains("."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Uploads an article through the API and returns its status page once it has been read. */
    private static String upload(String token) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> sent = client.send(HttpRequest.newBuilder(
                        browser.address("/api/documents?name=a-very-long-upload-name-without-any-spaces-in-it.txt"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Hamamatsu City signed a memorandum of understanding with"
                        + " Ulsan Metropolitan City on 3 March 2025.")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        String status = sent.headers().firstValue("Location").orElseThrow();
        for (int tries = 0; tries < 200; tries++) {
            String body = client.send(HttpRequest.newBuilder(browser.address(status)).header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            if (!body.contains("\"status\":\"queued\"")) {
                return status.replace("/api/uploads/", "/uploads/");
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the upload was not read in 10 s");
    }

    private static void keepScreenshots(Map<String, List<String>> pages) throws IOException {
        String folder = System.getProperty(SCREENSHOTS);
        if (folder == null) {
            return;
        }
        for (Map.Entry<String, String> shot : Map.of("narrow-home.png", "/",
                "narrow-entity.png", pages.get("/entities/{id}").get(0)).entrySet()) {
            browser.open(shot.getValue());
            Files.copy(((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath(), Path.of(folder, shot.getKey()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static long sampleCount() throws IOException {
        try (var files = Files.list(SAMPLES)) {
            return files.count();
        }
    }

    private static Object script(String source) {
        return ((JavascriptExecutor) browser.driver()).executeScript(source);
    }
}
