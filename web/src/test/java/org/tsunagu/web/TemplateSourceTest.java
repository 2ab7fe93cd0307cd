package org.tsunagu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** House rule: every template escapes what it outputs; article text is untrusted. */
class TemplateSourceTest {

    @Test
    void noTemplateWritesUnescapedOutput() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            templates = files.filter(f -> f.toString().endsWith(".jte")).toList();
        }

        assertThat(templates).isNotEmpty();
        for (Path template : templates) {
            assertThat(Files.readString(template)).as(template.toString()).doesNotContain("$unsafe{");
        }
    }

    @Test
    void noJavaSourceWritesHtmlOutsideTemplates() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("ctx.html(").doesNotContain("<td");
            }
        }
    }
}
