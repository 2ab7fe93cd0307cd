package org.tsunagu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HelpTest {

    @Test
    void topLevelHelpListsEveryCommandAndTheExitCodes() {
        CommandRun run = CommandRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("demo", "ingest", "extract", "eval", "serve", "Exit codes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "ingest", "extract", "eval", "serve"})
    void everyCommandExplainsItself(String command) {
        CommandRun run = CommandRun.of(command, "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: tsunagu " + command);
    }

    @Test
    void serveSaysItListensOnThisMachineUnlessToldOtherwise() {
        CommandRun run = CommandRun.of("serve", "--help");

        assertThat(run.out()).contains("--host=ADDRESS", "default: 127.0.0.1", "this machine only", "--public-url=URL",
                "Secure");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CommandRun run = CommandRun.of("ingest", "--no-such-option", "x.txt");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--no-such-option");
    }

    @Test
    void missingCommandIsAUsageError() {
        assertThat(CommandRun.of().exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void unknownFormatNamesTheFormatsThatExist() {
        CommandRun run = CommandRun.of("extract", "--format", "xml", "x.txt");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("eval-jsonl", "json");
    }
}
