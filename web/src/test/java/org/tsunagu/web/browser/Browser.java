package org.tsunagu.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tsunagu.store.Database;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.TemporaryDatabase;
import org.tsunagu.web.WebServer;
import org.tsunagu.web.api.Route;

/**
 * A real headless Chromium looking at a real server over a temporary database that holds the
 * samples: register with {@code @RegisterExtension static final Browser browser = new Browser();}.
 * Each test class has its own server and database; the browser is started once per run and
 * shared. Nothing is downloaded to run it (see {@link Chromium}); where it is not installed the
 * tests are skipped, unless {@code TSUNAGU_REQUIRE_BROWSER} is set. A failed test leaves a
 * screenshot in {@code target/screenshots/}.
 */
public final class Browser implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(Browser.class);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PAGE_CHANGE = Duration.ofSeconds(15);

    private final TemporaryDatabase store = new TemporaryDatabase();
    private Chromium chromium;
    private WebServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        chromium = context.getRoot().getStore(SHARED)
                .getOrComputeIfAbsent(Chromium.class.getName(), name -> Chromium.start(), Chromium.class);
        emptyDownloads();
        store.beforeEach(context);
        store.database().save(Samples.jetroChongqing());
        store.database().save(Samples.daNangSakai());
        server = WebServer.start(store.database(), 0);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (context.getExecutionException().isPresent()) {
            Files.createDirectories(SCREENSHOTS);
            Path shot = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + ".png");
            Files.copy(chromium.driver().getScreenshotAs(OutputType.FILE).toPath(), shot,
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (server != null) {
            server.stop();
            store.afterEach(context);
        }
    }

    public WebDriver driver() {
        return chromium.driver();
    }

    public Database database() {
        return store.database();
    }

    /** Every route the server registered. */
    public List<Route> routes() {
        return server.routes();
    }

    /** The server's address for a path: {@code address("/api/documents")}. */
    public URI address(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** Loads a page of the server: {@code open("/export")}. */
    public void open(String path) {
        chromium.driver().get("http://127.0.0.1:" + server.port() + path);
    }

    /**
     * Runs an action that leaves the page (a click on a link, a form's submit) and waits until the
     * next page has replaced it: WebDriver returns from a click before the browser has navigated,
     * so a lookup right after it may still see the old page. The old page is marked by a property of
     * its window rather than held as an element, because Chromium answers a question about an
     * element of an unloading page with an error of its own, not as a stale element.
     */
    public void navigate(Runnable action) {
        JavascriptExecutor page = (JavascriptExecutor) chromium.driver();
        page.executeScript("window.tsunaguLeftPage = true");
        action.run();
        new WebDriverWait(chromium.driver(), PAGE_CHANGE)
                // A script run while the old page unloads may fail; the next try sees the new page.
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(page.executeScript(
                        "return window.tsunaguLeftPage === undefined && document.readyState === 'complete'")));
    }

    /** Signs in through the login form and waits until the header's account menu names the account. */
    public void signIn(String name, String password) {
        open("/login");
        chromium.driver().findElement(By.name("name")).sendKeys(name);
        chromium.driver().findElement(By.name("password")).sendKeys(password);
        navigate(chromium.driver().findElement(By.cssSelector("form button[type=submit]"))::click);
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav.account"), name));
    }

    /** Waits until the browser has saved the file, and returns its path. */
    public Path downloaded(String fileName, Duration timeout) throws InterruptedException {
        Path file = chromium.downloads().resolve(fileName);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            // Chromium writes into NAME.crdownload and renames it when done.
            if (Files.exists(file) && !Files.exists(chromium.downloads().resolve(fileName + ".crdownload"))) {
                return file;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the browser saved no " + fileName + " in " + timeout + "; found " + downloads());
    }

    private void emptyDownloads() throws IOException {
        for (Path file : downloads()) {
            Files.delete(file);
        }
    }

    private Iterable<Path> downloads() {
        try (Stream<Path> files = Files.list(chromium.downloads())) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
