package dev.tradewind.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.BarSeries;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeframeTest {

    @ParameterizedTest
    @CsvSource({"1m, PT1M", "3m, PT3M", "5m, PT5M", "15m, PT15M", "1h, PT1H", "4h, PT4H", "1d, PT24H", "1w, PT168H",
        "30s, PT30S", "90m, PT1H30M", "1D, PT24H", "2H, PT2H"})
    void parses(String text, String duration) throws DataException {
        Timeframe tf = Timeframe.parse(text);
        assertThat(tf.toDuration()).isEqualTo(Duration.parse(duration));
        assertThat(Timeframe.of(Duration.parse(duration))).isEqualTo(tf);
    }

    @Test
    void printsTheShortestForm() throws DataException {
        assertThat(Timeframe.parse("60m")).hasToString("1h");
        assertThat(Timeframe.parse("90m")).hasToString("90m");
        assertThat(Timeframe.parse("7d")).hasToString("1w");
        assertThat(Timeframe.parse("24h")).hasToString("1d");
        assertThat(new Timeframe(1_500_000_000L)).hasToString("1500000000ns");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "0m", "-5m", "5x", "1.5h", "five minutes"})
    void rejects(String text) {
        assertThatThrownBy(() -> Timeframe.parse(text)).isInstanceOf(DataException.class)
                .hasMessage("timeframe '" + text + "': expected a count and a unit like 1m, 5m, 15m, 1h, 4h, 1d or 1w");
    }

    @Test
    void monthsAreNotFixed() {
        assertThatThrownBy(() -> Timeframe.parse("1M")).hasMessage("timeframe '1M': expected a count and a unit like "
                + "1m, 5m, 15m, 1h, 4h, 1d or 1w (months are not supported; m is minutes)");
    }

    @Test
    void detectsTheMostCommonSpacing() throws DataException {
        assertThat(Timeframe.detect(Samples.fil())).hasToString("1m");
        assertThat(Timeframe.detect(CsvBarLoader.load(Samples.sample("orcl-1995-2014.txt.gz")).series())).hasToString("1d");
        assertThat(Timeframe.detect(CsvBarLoader.load(Samples.fixture("backtrader-2006-min-005-head.txt")).series()))
                .hasToString("5m");
        assertThat(Timeframe.detect(CsvBarLoader.load(Samples.fixture("fil-holes.csv")).series())).hasToString("1m");
    }

    @Test
    void multiples() throws DataException {
        assertThat(Timeframe.parse("1h").isMultipleOf(Timeframe.parse("15m"))).isTrue();
        assertThat(Timeframe.parse("1h").isMultipleOf(Timeframe.parse("7m"))).isFalse();
    }


    @Test
    void majorityVoteAgreesWithTheSortedMode() throws DataException {
        SplittableRandom r = new SplittableRandom(16);
        int majorities = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            int n = 2 + r.nextInt(trial % 10 == 0 ? 500 : 12);
            long[] steps = {60, 120, 300, 60 * 1440, 7}; // a few spacings, so ties and near-majorities are common
            int kinds = 1 + r.nextInt(steps.length);
            double bias = r.nextDouble();
            long[] t = new long[n];
            t[0] = r.nextLong(1_000_000);
            for (int i = 1; i < n; i++) t[i] = t[i - 1] + (r.nextDouble() < bias ? steps[0] : steps[r.nextInt(kinds)]);
            long mode = Timeframe.sortedMode(t);
            long majority = Timeframe.majorityStep(t);
            if (majority != 0) {
                majorities++;
                assertThat(majority).as("trial %d", trial).isEqualTo(mode);
            }
            double[] x = new double[n];
            assertThat(Timeframe.detect(new BarSeries("X", t, x, x, x, x, x)).nanos()).as("trial %d", trial).isEqualTo(mode);
        }
        assertThat(majorities).isBetween(2_000, 19_000); // both paths are exercised
    }

    @Test
    void noMajorityFallsBackToTheSmallestOfTheMostCommon() throws DataException {
        long[] t = {0, 60, 120, 240, 360, 367}; // 60 twice, 120 twice, 7 once: a tie, no majority
        assertThat(Timeframe.majorityStep(t)).isZero();
        double[] x = new double[t.length];
        assertThat(Timeframe.detect(new BarSeries("X", t, x, x, x, x, x)).nanos()).isEqualTo(60);
    }
}
