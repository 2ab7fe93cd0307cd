package org.tsunagu.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Debian packages' headless Chromium and chromedriver, with a profile and a download folder
 * of its own. It takes seconds to start, so one serves every browser test of a run.
 */
final class Chromium implements AutoCloseable {

    static final String REQUIRED = "TSUNAGU_REQUIRE_BROWSER";
    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    // Selenium warns that it has no DevTools bindings for this Chromium; the tests use WebDriver only.
    // Held here: java.util.logging forgets the level of a logger nobody references.
    private static final Logger CDP_WARNINGS = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final Path folder;
    private final ChromeDriver driver;

    private Chromium(Path folder, ChromeDriver driver) {
        this.folder = folder;
        this.driver = driver;
    }

    /**
     * Starts the browser; skips the calling tests when it is not installed, or fails them when
     * {@value #REQUIRED} is set, so that CI never skips in silence.
     */
    static Chromium start() {
        requireInstalled();
        try {
            Path folder = Files.createTempDirectory("tsunagu-chromium-");
            Files.createDirectories(folder.resolve("downloads"));
            return new Chromium(folder, new ChromeDriver(service(), options(folder)));
        } catch (IOException e) {
            throw new IllegalStateException("could not make a folder for the browser", e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    Path downloads() {
        return folder.resolve("downloads");
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static void requireInstalled() {
        Optional<String> missing = Stream.of(BROWSER, DRIVER).filter(p -> !Files.isExecutable(p))
                .map(Path::toString).findFirst();
        if (missing.isEmpty()) {
            return;
        }
        String why = missing.get() + " is missing (apt-get install chromium chromium-driver)";
        if (System.getenv(REQUIRED) != null) {
            throw new IllegalStateException(why + ", and " + REQUIRED + " is set");
        }
        Assumptions.abort(why + ": browser tests skipped");
    }

    private static ChromeDriverService service() {
        // Named twice over, so that Selenium never falls back to Selenium Manager, which downloads.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        return new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    }

    private static ChromeOptions options(Path folder) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + folder.resolve("profile"));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", folder.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        return options;
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }
}
