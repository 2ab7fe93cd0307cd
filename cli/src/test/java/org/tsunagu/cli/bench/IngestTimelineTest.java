package org.tsunagu.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IngestTimelineTest {

    @Test
    void givesTheSpeedOfEachStretchOfAGrowingIngest() {
        IngestTimeline timeline = new IngestTimeline();
        timeline.add(0, 100, 2.0, 4.0);
        timeline.add(100, 100, 1.0, 2.0);
        timeline.add(200, 100, 4.0, 8.0);

        assertThat(timeline.throughput(0, 100)).isEqualTo(50.0);
        assertThat(timeline.throughput(100, 300)).isEqualTo(40.0);
        assertThat(timeline.cpuMillisPerDocument(200, 300)).isEqualTo(80.0);
        assertThat(timeline.documents()).isEqualTo(300);
    }

    @Test
    void extrapolatesFromHowTheTimePerDocumentGrowsLeavingOutTheColdFirstChunk() {
        IngestTimeline timeline = new IngestTimeline();
        timeline.add(0, 100, 50.0, 50.0);
        for (long before = 100; before < 1_000; before += 100) {
            double perDocument = 0.001 + 0.000001 * (before + 50);
            timeline.add(before, 100, perDocument * 100, perDocument * 100);
        }

        IngestTimeline.Trend trend = timeline.trend(1_000);

        assertThat(trend.intercept()).isCloseTo(0.001, within(1e-9));
        assertThat(trend.slope()).isCloseTo(0.000001, within(1e-12));
        assertThat(trend.secondsFor(2_000)).isCloseTo(0.001 * 2_000 + 0.000001 * 2_000 * 2_000 / 2, within(1e-6));
    }
}
