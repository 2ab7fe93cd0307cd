package org.tsunagu.cli.eval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalLinesTest {

    @TempDir
    Path folder;

    @Test
    void joinsTheFactsOfADocumentGivenOnSeveralLinesAndSkipsBlankLines() throws Exception {
        Path file = Files.writeString(folder.resolve("gold.jsonl"), """
                {"doc": "d1", "facts": [{"type": "product", "name": "Aoba Gold"}]}

                {"doc": "d2", "facts": []}
                {"doc": "d1", "facts": [{"type": "product", "name": "Lumen Blue"}]}
                """);
        EvalSet set = EvalLines.read(file);
        assertThat(set.documents().keySet()).containsExactly("d1", "d2");
        assertThat(set.facts("d1")).extracting(fact -> fact.field("name").text()).containsExactly("Aoba Gold", "Lumen Blue");
    }

    @Test
    void namesTheFileAndLineOfALineThatIsNotJson() throws Exception {
        Path file = Files.writeString(folder.resolve("gold.jsonl"), "{\"doc\": \"d1\", \"facts\": []}\n{\"doc\": \n");
        assertThatThrownBy(() -> EvalLines.read(file))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith(file + ":2: not JSON");
    }

    @Test
    void namesAMissingFileAndTheReason() {
        Path file = folder.resolve("absent.jsonl");
        assertThatThrownBy(() -> EvalLines.read(file)).hasMessage(file + ": no such file");
    }

    @Test
    void namesAFolderGivenForAFile() {
        assertThatThrownBy(() -> EvalLines.read(folder)).hasMessage(folder + ": is a folder, not a file");
    }
}
