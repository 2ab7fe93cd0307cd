package org.tsunagu.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared evaluation folder beside the checkout ({@code ../shared/eval}), when it is there. */
public final class SharedEval {

    private SharedEval() {
    }

    public static Path folderOrSkip() {
        Path root = Path.of(System.getProperty("tsunagu.repoRoot", "..")).toAbsolutePath().normalize();
        Path eval = root.resolveSibling("shared").resolve("eval");
        assumeTrue(Files.isRegularFile(eval.resolve("score.py")),
                "skipped: " + eval + " is absent (the shared development set lives beside the checkout)");
        return eval;
    }

    public static Path repositoryRoot() {
        return Path.of(System.getProperty("tsunagu.repoRoot", "..")).toAbsolutePath().normalize();
    }
}
