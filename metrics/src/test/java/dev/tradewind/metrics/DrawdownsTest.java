package dev.tradewind.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrawdownsTest {

    @Test
    void seriesIsFractionBelowRunningPeak() {
        // peaks 100, 100, 100, 120, 120: (100-80)/100, (100-90)/100, 0, (120-60)/120
        assertThat(Drawdowns.series(new double[] {100, 80, 90, 120, 60}, 5)).containsExactly(0, 0.2, 0.1, 0, 0.5);
    }

    @Test
    void seriesReadsOnlyN() {
        assertThat(Drawdowns.series(new double[] {100, 50, 0, 0}, 2)).containsExactly(0, 0.5);
        assertThat(Drawdowns.series(new double[0], 0)).isEmpty();
    }

    @Test
    void nonPositivePeakIsNoDrawdown() {
        assertThat(Drawdowns.series(new double[] {0, -5, -1}, 3)).containsExactly(0, 0, 0);
    }

    @Test
    void durationRunsFromPeakBarToRecoveringBar() {
        // peak 100 on day 0, recovered (equal counts) on day 3: 3 days; then new highs only
        long[] t = Runs.days("2024-03-01", 6);
        Drawdowns.Summary s = Drawdowns.summary(t, new double[] {100, 90, 95, 100, 101, 102}, 6);
        assertThat(s.maxDrawdown()).isEqualTo(0.1);
        assertThat(s.maxDurationDays()).isEqualTo(3.0);
    }

    @Test
    void risingCurveHasNoDuration() {
        Drawdowns.Summary s = Drawdowns.summary(Runs.days("2024-03-01", 3), new double[] {1, 2, 3}, 3);
        assertThat(s).isEqualTo(new Drawdowns.Summary(0, 0, 0));
    }

    @Test
    void longestOfSeveralEpisodesWinsEvenIfShallower() {
        // episode 1: 100 on day 0 -> 50 -> 100 on day 2 (2 days, 50%); episode 2: 100 on day 2, 99 until day 6 (4 days)
        long[] t = Runs.days("2024-03-01", 7);
        Drawdowns.Summary s = Drawdowns.summary(t, new double[] {100, 50, 100, 99, 99, 99, 99}, 7);
        assertThat(s.maxDrawdown()).isEqualTo(0.5);
        assertThat(s.maxDurationDays()).isEqualTo(4.0);
    }
}
