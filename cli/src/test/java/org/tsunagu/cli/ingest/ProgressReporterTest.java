package org.tsunagu.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void printsAFileNameWithLineBreaksEscapeSequencesAndDirectionOverridesEscaped() {
        Path file = Path.of("articles", "a\ntsunagu: all fine \u001B[32mok\u202Etxt.txt");

        try (ProgressReporter reporter = new ProgressReporter(new PrintStream(printed, true, StandardCharsets.UTF_8), false)) {
            reporter.failed(file, "file has only whitespace");
            reporter.warned(file, "no date\rfound");
        }

        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "tsunagu: articles/a\\ntsunagu: all fine \\u001B[32mok\\u202Etxt.txt: file has only whitespace",
                "tsunagu: warning: articles/a\\ntsunagu: all fine \\u001B[32mok\\u202Etxt.txt: no date\\rfound");
    }
}
