package org.tsunagu.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.SharedEval;
import org.tsunagu.model.fact.FactType;

/** Runs the real extract command on the shared development set and scores it with score.py. */
class DevSetScoreTest {

    @Test
    void findsEveryFactTypeOnTheDevelopmentSet(@TempDir Path work) throws Exception {
        Path eval = SharedEval.folderOrSkip();
        CommandRun run = CommandRun.of("extract", "--format", "eval-jsonl", eval.resolve("dev/docs").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path predictions = Files.writeString(work.resolve("pred.jsonl"), run.out());

        System.out.println("Development set, score.py:\n" + score(eval, predictions, "--verbose").lines()
                .takeWhile(line -> !line.startsWith("missed") && !line.startsWith("spurious"))
                .reduce("", (a, b) -> a + b + "\n"));
        JsonNode result = new ObjectMapper().readTree(score(eval, predictions, "--json"));
        for (FactType type : FactType.values()) {
            assertThat(result.path(type.code()).path("tp").asInt())
                    .as("true positives of type %s", type.code()).isPositive();
        }
    }

    private static String score(Path eval, Path predictions, String flag) throws IOException, InterruptedException {
        Process python = new ProcessBuilder("python3", eval.resolve("score.py").toString(),
                eval.resolve("dev/gold.jsonl").toString(), predictions.toString(), flag)
                .redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).as(output).isZero();
        return output;
    }
}
