package org.tsunagu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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

        assertThat(run.out().replaceAll("\\s+", " ")).contains("--host=ADDRESS", "default: 127.0.0.1", "this machine only", "--public-url=URL",
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

    @Test
    void withoutACommandNamesEveryCommand() {
        CommandRun run = CommandRun.of();
        String first = run.err().substring(0, run.err().indexOf("Usage:")).replaceAll("\\s+", " ");

        assertThat(first).startsWith("name a command: ");
        assertThat(run.err().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
        for (String command : Main.commandLine().getSubcommands().keySet()) {
            assertThat(first).as(command).containsPattern("\\b" + command + "\\b");
        }
        assertThat(first).contains("review", "users", "export", "reindex");
        assertThat(run.err()).as("spark runs from the tsunagu script").contains("tsunagu spark");
    }

    @Test
    void wrapsEveryHelpCleanlyAt80Columns() {
        List<String> ragged = new ArrayList<>();
        for (List<String> command : commands(Main.commandLine(), List.of())) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            List<String> lines = CommandRun.of(args.toArray(String[]::new)).out().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).length() > 80 || i > 0 && stranded(lines.get(i - 1), lines.get(i))) {
                    ragged.add(String.join(" ", command) + ": " + lines.get(i));
                }
            }
        }
        assertThat(ragged).isEmpty();
    }

    /**
     * A line that breaks off mid-sentence although the next word would have fit on it: what
     * hand-wrapped text wrapped again looks like. (picocli leaves the 80th column empty.)
     */
    private static boolean stranded(String line, String next) {
        String word = next.strip().split(" ")[0];
        boolean continuation = indentation(next) > indentation(line) || indentation(line) + indentation(next) == 0;
        return continuation && !line.isBlank() && !line.strip().matches(".*[.:;!?\\\\]$") && !word.isEmpty()
                && Character.isLowerCase(word.charAt(0)) && line.length() + 1 + word.length() < 80;
    }

    private static int indentation(String line) {
        return line.length() - line.stripLeading().length();
    }

    private static List<List<String>> commands(CommandLine commandLine, List<String> path) {
        List<List<String>> all = new ArrayList<>();
        all.add(path);
        commandLine.getSubcommands().forEach((name, sub) -> {
            List<String> longer = new ArrayList<>(path);
            longer.add(name);
            all.addAll(commands(sub, longer));
        });
        return all;
    }
}
