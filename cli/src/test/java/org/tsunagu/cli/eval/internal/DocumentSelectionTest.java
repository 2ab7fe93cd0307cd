package org.tsunagu.cli.eval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSelectionTest {

    @TempDir
    Path folder;

    @Test
    void readsOneIdALineIgnoringCommentsAndBlankLines() throws Exception {
        Path list = Files.writeString(folder.resolve("held-out.txt"), """
                # set aside by outlet
                d2
                  d4   # second outlet

                """);
        DocumentSelection only = DocumentSelection.only(list);
        assertThat(only.listed()).containsExactlyInAnyOrder("d2", "d4");
        assertThat(only.includes("d2")).isTrue();
        assertThat(only.includes("d1")).isFalse();
    }

    @Test
    void exceptKeepsTheDocumentsNotListed() throws Exception {
        Path list = Files.writeString(folder.resolve("held-out.txt"), "d2\n");
        DocumentSelection except = DocumentSelection.except(list);
        assertThat(except.includes("d1")).isTrue();
        assertThat(except.includes("d2")).isFalse();
        assertThat(DocumentSelection.ALL.includes("d2")).isTrue();
    }
}
