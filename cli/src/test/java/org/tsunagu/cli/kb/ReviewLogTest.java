package org.tsunagu.cli.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.ExitCodes;

class ReviewLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listsOnlyTheChangesOfThePersonItIsAskedFor(@TempDir Path folder) throws Exception {
        String db = folder.resolve("kb.db").toString();
        Path article = Files.writeString(folder.resolve("ties.txt"), "Ties across the sea\n\n"
                + "The Hokuriku Bank signed a memorandum of understanding with the Pomeranian Regional Council"
                + " on 3 March 2021. Toyama and Gdansk have been sister cities since 1994.\n");
        assertThat(CommandRun.of("ingest", "--db", db, article.toString()).exitCode()).isEqualTo(ExitCodes.SUCCESS);
        List<Long> facts = CommandRun.of("facts", "--db", db, "--json").out().lines()
                .map(line -> readId(line)).toList();
        assertThat(facts).hasSizeGreaterThanOrEqualTo(2);
        CommandRun.of("review", "accept", "--db", db, "--user", "aiko", facts.get(0).toString());
        CommandRun.of("review", "reject", "--db", db, "--user", "bao", facts.get(1).toString());

        CommandRun byBao = CommandRun.of("review", "log", "--db", db, "--user", "bao", "--json");
        CommandRun today = CommandRun.of("review", "log", "--db", db, "--from", java.time.LocalDate.now(
                java.time.ZoneOffset.UTC).toString());

        assertThat(byBao.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(byBao.out().lines().map(line -> readUser(line)).toList()).containsExactly("bao");
        assertThat(today.out().lines()).hasSize(2);
    }

    private static long readId(String line) {
        try {
            return JSON.readTree(line).get("id").asLong();
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }

    private static String readUser(String line) {
        try {
            return JSON.readTree(line).get("user").asText();
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
