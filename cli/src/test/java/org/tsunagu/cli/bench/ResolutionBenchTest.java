package org.tsunagu.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.ExitCodes;

class ResolutionBenchTest {

    private static final Pattern SAMPLES = Pattern.compile(
            "samples +mentions +(\\d+) +found +(\\d+) +coverage ([\\d.]+) +B-cubed precision ([\\d.]+) +recall ([\\d.]+)");

    @Test
    void resolvesTheSamplesGoldMentionsWithTheIssuesPrecisionAndRecall() {
        CommandRun run = CommandRun.of("bench", "resolution", "--gold", "../docs/eval/resolution/mentions.tsv",
                "--articles", "../examples/articles");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SUCCESS);
        Matcher score = SAMPLES.matcher(run.out());
        assertThat(score.find()).as(run.out()).isTrue();
        assertThat(Integer.parseInt(score.group(1))).as("gold mentions").isGreaterThanOrEqualTo(300);
        assertThat(Double.parseDouble(score.group(3))).as("coverage").isGreaterThanOrEqualTo(0.80);
        assertThat(Double.parseDouble(score.group(4))).as("B-cubed precision").isGreaterThanOrEqualTo(0.97);
        assertThat(Double.parseDouble(score.group(5))).as("B-cubed recall").isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void countsAWrongMergeAgainstPrecisionAndASplitAgainstRecall() {
        BCubed merged = BCubed.of(List.of(new BCubed.Item("osaka", 1L), new BCubed.Item("osaka", 1L),
                new BCubed.Item("kobe", 1L), new BCubed.Item("kobe", 2L)));

        // osaka mentions: 2 of 3 in their entity are osaka, both osaka found together; kobe: one merged wrongly, one alone
        assertThat(merged.precision()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(merged.recall()).isCloseTo((1 + 1 + 0.5 + 0.5) / 4, org.assertj.core.data.Offset.offset(1e-9));
    }
}
