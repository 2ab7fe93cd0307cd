package org.tsunagu.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void readsMasterOutputAndInputs() {
        Main.Arguments arguments = Main.Arguments.parse(
                new String[] {"extract", "--master", "local[2]", "--out", "out", "news", "wire.jsonl"});

        assertThat(arguments).isEqualTo(new Main.Arguments("local[2]", Path.of("out"), List.of(Path.of("news"), Path.of("wire.jsonl"))));
    }

    @Test
    void refusesARunWithoutAnOutputFolder() {
        assertThatThrownBy(() -> Main.Arguments.parse(new String[] {"extract", "news"}))
                .hasMessage("--out DIR is required");
    }

    @Test
    void refusesAnythingButExtract() {
        assertThatThrownBy(() -> Main.Arguments.parse(new String[] {"load", "out"}))
                .hasMessage("name a command: extract");
        assertThat(Main.run(new String[] {"extract", "--out"})).isEqualTo(2);
    }
}
