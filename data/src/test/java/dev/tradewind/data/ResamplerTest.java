package dev.tradewind.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Times;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResamplerTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static BarSeries fil;

    @BeforeAll
    static void load() throws DataException { fil = Samples.fil(); }

    @ParameterizedTest
    @ValueSource(strings = {"3m", "5m", "15m", "1h", "4h", "1d"})
    void utcBucketsMatchNaiveAggregation(String tf) throws DataException {
        long size = Timeframe.parse(tf).nanos();
        Resampled r = Resampler.resample(fil, Timeframe.parse(tf));
        assertSameBars(r.series(), Naive.aggregate(fil, t -> Math.floorDiv(t, size) * size));
        assertThat(r.series().size()).isEqualTo((int) (31 * Times.NANOS_PER_DAY / size));
        assertThat(r.lastPartial()).isFalse();
        assertThat(r.base()).hasToString("1m");
    }

    @Test
    void dailyBucketsStartAtMidnightInTheExchangeZone() throws DataException {
        Resampled r = Resampler.resample(fil, Timeframe.parse("1d"), NEW_YORK);
        assertSameBars(r.series(), Naive.aggregate(fil, t -> Times.ofInstant(
                Times.toInstant(t).atZone(NEW_YORK).truncatedTo(ChronoUnit.DAYS).toInstant())));
        assertThat(Times.format(r.series().time()[0])).isEqualTo("2023-07-31T04:00:00Z");
        assertThat(r.series().size()).isEqualTo(32);
        assertThat(r.lastPartial()).isTrue();
        assertThat(r.isComplete(30)).isTrue();
        assertThat(r.isComplete(31)).isFalse();
    }

    @Test
    void weeklyBucketsStartOnMonday() throws DataException {
        Resampled r = Resampler.resample(fil, Timeframe.parse("1w"), NEW_YORK);
        assertSameBars(r.series(), Naive.aggregate(fil, t -> Times.ofInstant(Times.toInstant(t).atZone(NEW_YORK)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).truncatedTo(ChronoUnit.DAYS).toInstant())));
        assertThat(Arrays.stream(r.series().time()).mapToObj(Times::format)).containsExactly("2023-07-31T04:00:00Z",
                "2023-08-07T04:00:00Z", "2023-08-14T04:00:00Z", "2023-08-21T04:00:00Z", "2023-08-28T04:00:00Z");
        assertThat(r.lastPartial()).isTrue();
    }

    @Test
    void partialLastBucket() throws DataException {
        BarSeries cut = fil.slice(fil.time()[0], fil.time()[0] + 97 * 60 * Times.NANOS_PER_SECOND);
        Resampled r = Resampler.resample(cut, Timeframe.parse("1h"));
        assertThat(r.series().size()).isEqualTo(2);
        assertThat(r.lastPartial()).isTrue();
        assertThat(r.series().volume()[1]).isCloseTo(Arrays.stream(cut.volume(), 60, 97).sum(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(r.closedAfter(96)).isEqualTo(1);
        assertThat(r.lastInBucket(96)).isFalse();
    }

    @Test
    void mappingRevealsAHigherBarOnlyOnceItsLastBaseBarClosed() throws DataException {
        Resampled r = Resampler.resample(fil, Timeframe.parse("5m"));
        for (int i = 0; i < fil.size(); i++) {
            boolean lastMinute = i % 5 == 4;
            assertThat(r.bucketOf()[i]).isEqualTo(i / 5);
            assertThat(r.closesBucket()[i]).isEqualTo(lastMinute);
            assertThat(r.lastInBucket(i)).isEqualTo(lastMinute);
            assertThat(r.closedAfter(i)).isEqualTo(lastMinute ? i / 5 + 1 : i / 5);
        }
    }

    @Test
    void aMissingLastBarDelaysTheHigherBarUntilTheNextBucket() throws DataException {
        long m = 60 * Times.NANOS_PER_SECOND;
        BarSeries s = bars(0, m, 2 * m, 3 * m, 5 * m, 6 * m);
        Resampled r = Resampler.resample(s, new Timeframe(m), Timeframe.parse("5m"), ZoneOffset.UTC);
        assertThat(r.bucketOf()).containsExactly(0, 0, 0, 0, 1, 1);
        assertThat(r.closesBucket()).containsExactly(false, false, false, false, false, false);
        assertThat(r.lastInBucket(3)).as("known only by looking at the next bar").isTrue();
        assertThat(r.closedAfter(3)).isZero();
        assertThat(r.closedAfter(4)).isEqualTo(1);
        assertThat(r.lastPartial()).isTrue();
    }

    @Test
    void daysAcrossDaylightSavingChangesLast23And25Hours() throws DataException {
        long h = 3600 * Times.NANOS_PER_SECOND;
        long start = Times.ofInstant(Instant.parse("2023-03-25T00:00:00Z"));
        long[] spring = new long[24 * 3];
        for (int i = 0; i < spring.length; i++) spring[i] = start + i * h;
        Resampled r = Resampler.resample(bars(spring), Timeframe.parse("1d"), BERLIN);
        assertThat(Arrays.stream(r.series().time()).mapToObj(Times::format)).containsExactly("2023-03-24T23:00:00Z",
                "2023-03-25T23:00:00Z", "2023-03-26T22:00:00Z", "2023-03-27T22:00:00Z");
        assertThat(r.series().volume()).containsExactly(23, 23, 24, 2);
        long fall = Times.ofInstant(Instant.parse("2023-10-28T22:00:00Z"));
        long[] autumn = new long[26];
        for (int i = 0; i < autumn.length; i++) autumn[i] = fall + i * h;
        r = Resampler.resample(bars(autumn), Timeframe.parse("1d"), BERLIN);
        assertThat(r.series().volume()).containsExactly(25, 1);
        assertThat(r.closesBucket()[24]).isTrue();
    }

    @Test
    void theRepeatedHourIsOneWallClockBucket() throws DataException {
        long q = 15 * 60 * Times.NANOS_PER_SECOND;
        long start = Times.ofInstant(Instant.parse("2023-10-28T23:00:00Z"));
        long[] t = new long[16];
        for (int i = 0; i < t.length; i++) t[i] = start + i * q;
        Resampled hours = Resampler.resample(bars(t), Timeframe.parse("1h"), BERLIN);
        assertThat(Arrays.stream(hours.series().time()).mapToObj(Times::format))
                .containsExactly("2023-10-28T23:00:00Z", "2023-10-29T00:00:00Z", "2023-10-29T02:00:00Z");
        assertThat(hours.series().volume()).containsExactly(4, 8, 4);
        Resampled quarters = Resampler.resample(bars(t), Timeframe.parse("15m"), BERLIN);
        assertThat(quarters.series().time()).containsExactly(t);
    }

    @Test
    void kolkataHalfHourOffsetAlignsHoursToLocalTime() throws DataException {
        Resampled r = Resampler.resample(fil, Timeframe.parse("1h"), ZoneId.of("Asia/Kolkata"));
        assertThat(Times.format(r.series().time()[1])).isEqualTo("2023-08-01T00:30:00Z");
        assertThat(r.series().size()).isEqualTo(31 * 24 + 1);
    }

    @Test
    void sameTimeframeIsACopyWithATrivialMapping() throws DataException {
        Resampled r = Resampler.resample(fil, Timeframe.parse("1m"));
        assertSameBars(r.series(), fil);
        assertThat(r.closedAfter(10)).isEqualTo(11);
    }

    @Test
    void errors() throws DataException {
        BarSeries fiveMinutes = Resampler.resample(fil, Timeframe.parse("5m")).series();
        assertThatThrownBy(() -> Resampler.resample(fiveMinutes, Timeframe.parse("7m")))
                .hasMessage("cannot resample FILUSDT 5m bars to 7m: 7m is not a multiple of 5m");
        assertThatThrownBy(() -> Resampler.resample(fil, Timeframe.parse("5m"), Timeframe.parse("1h"), ZoneOffset.UTC))
                .hasMessage("cannot resample FILUSDT as 5m bars: the bars at 2023-08-01T00:00:00Z and "
                        + "2023-08-01T00:01:00Z are closer than 5m");
        assertThatThrownBy(() -> Resampler.resample(bars(0), Timeframe.parse("1h")))
                .hasMessage("cannot detect the bar size of T: it has 1 bar; give the bar size explicitly");
    }

    @Test
    void emptySeries() throws DataException {
        Resampled r = Resampler.resample(bars(), Timeframe.parse("1m"), Timeframe.parse("1h"), ZoneOffset.UTC);
        assertThat(r.series().size()).isZero();
        assertThat(r.lastPartial()).isFalse();
    }

    /** Bars at the given times with volume 1 and prices 1. */
    static BarSeries bars(long... t) {
        double[] one = new double[t.length];
        Arrays.fill(one, 1);
        return new BarSeries("T", t, one, one.clone(), one.clone(), one.clone(), one.clone());
    }

    static void assertSameBars(BarSeries actual, BarSeries expected) {
        assertThat(actual.time()).isEqualTo(expected.time());
        assertThat(actual.open()).isEqualTo(expected.open());
        assertThat(actual.high()).isEqualTo(expected.high());
        assertThat(actual.low()).isEqualTo(expected.low());
        assertThat(actual.close()).isEqualTo(expected.close());
        assertThat(actual.volume()).isEqualTo(expected.volume());
    }
}
