package dev.tradewind.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Times;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GapsTest {
    private static final long MINUTE = 60 * Times.NANOS_PER_SECOND;
    private static BarSeries holes;
    private static GapOptions minutes;

    @BeforeAll
    static void load() throws DataException {
        holes = CsvBarLoader.load(Samples.fixture("fil-holes.csv")).series();
        minutes = GapOptions.defaults(Timeframe.detect(holes));
    }

    @Test
    void detectsEveryRunOfMissingBars() {
        GapReport r = Gaps.detect(holes, minutes);
        assertThat(holes.size()).isEqualTo(294);
        assertThat(r.gaps()).containsExactly(gap("00:10", "00:14", 5), gap("01:00", "01:00", 1), gap("02:30", "03:29", 60));
        assertThat(r.missingBars()).isEqualTo(66);
        assertThat(r.summary()).isEqualTo("3 gaps, 66 missing 1m bars: 2023-08-01T00:10:00Z..2023-08-01T00:14:00Z "
                + "(5 bars), 2023-08-01T01:00:00Z (1 bar), 2023-08-01T02:30:00Z..2023-08-01T03:29:00Z (60 bars); "
                + "LEAVE added 0, dropped 0");
    }

    @Test
    void toleranceIgnoresShortRuns() {
        assertThat(Gaps.detect(holes, minutes.withTolerance(5)).gaps()).containsExactly(gap("02:30", "03:29", 60));
    }

    @Test
    void leaveChangesNothing() throws DataException {
        GapResult r = Gaps.apply(holes, minutes, GapPolicy.LEAVE);
        assertThat(r.series()).isSameAs(holes);
        assertThat(r.report().gaps()).hasSize(3);
    }

    @Test
    void fillInsertsFlatBarsAtThePreviousClose() throws DataException {
        GapResult r = Gaps.apply(holes, minutes, GapPolicy.FILL);
        BarSeries s = r.series();
        assertThat(s.size()).isEqualTo(360);
        assertThat(r.report().barsAdded()).isEqualTo(66);
        for (int i = 0; i < 360; i++) assertThat(s.time()[i]).isEqualTo(holes.time()[0] + i * MINUTE);
        double before = s.close()[9];
        for (int i = 10; i <= 14; i++) {
            assertThat(new double[] {s.open()[i], s.high()[i], s.low()[i], s.close()[i], s.volume()[i]})
                    .containsExactly(before, before, before, before, 0);
        }
        assertThat(s.open()[15]).isEqualTo(4.261);
        assertThat(Gaps.detect(s, minutes).gaps()).isEmpty();
    }

    @Test
    void dropRemovesWholePeriodsWithGaps() throws DataException {
        GapResult hours = Gaps.apply(holes, minutes.withDropPeriod(Timeframe.parse("1h")), GapPolicy.DROP);
        assertThat(hours.series().size()).isEqualTo(120);
        assertThat(Times.format(hours.series().time()[0])).isEqualTo("2023-08-01T04:00:00Z");
        assertThat(hours.report().barsDropped()).isEqualTo(174);
        GapResult days = Gaps.apply(holes, minutes, GapPolicy.DROP);
        assertThat(days.series().size()).isZero();
        assertThat(days.report().summary()).endsWith("; DROP added 0, dropped 294");
    }

    @Test
    void completeDataHasNoGaps() throws DataException {
        BarSeries fil = Samples.fil();
        assertThat(Gaps.detect(fil, GapOptions.defaults(Timeframe.detect(fil))).gaps()).isEmpty();
    }

    @Test
    void dailyStockDataSkipsWeekendsAndHolidaysButNotTheSeptember2001Closure() throws DataException {
        BarSeries orcl = CsvBarLoader.load(Samples.sample("orcl-1995-2014.txt.gz")).series();
        GapOptions daily = GapOptions.defaults(Timeframe.detect(orcl));
        assertThat(daily.skipWeekends()).isTrue();
        assertThat(daily.tolerance()).isEqualTo(2);
        assertThat(Gaps.detect(orcl, daily).gaps()).containsExactly(new Gap(day("2001-09-11"), day("2001-09-14"), 4));
        assertThat(Gaps.detect(orcl, daily.withTolerance(0)).gaps()).hasSize(176);
        GapResult dropped = Gaps.apply(orcl, daily, GapPolicy.DROP);
        assertThat(dropped.report().barsDropped()).isEqualTo(1);
        assertThat(Arrays.stream(dropped.series().time()).anyMatch(t -> t == day("2001-09-10"))).isFalse();
    }

    @Test
    void sessionHoursAreTheOnlyExpectedTimes() throws DataException {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        long fiveMinutes = 5 * MINUTE;
        long[] t = new long[3 * 102];
        int n = 0;
        for (String day : new String[] {"2006-01-06", "2006-01-09", "2006-01-10"}) {
            long open = Times.ofInstant(Instant.parse(day + "T08:05:00Z"));
            for (int i = 0; i < 102; i++) t[n++] = open + i * fiveMinutes;
        }
        long[] holed = new long[t.length - 2];
        System.arraycopy(t, 0, holed, 0, 150);
        System.arraycopy(t, 152, holed, 150, holed.length - 150);
        GapOptions session = GapOptions.defaults(new Timeframe(fiveMinutes)).withZone(berlin).withSkipWeekends(true)
                .withSession(LocalTime.of(9, 5), LocalTime.of(17, 35));
        assertThat(Gaps.detect(ResamplerTest.bars(t), session).gaps()).isEmpty();
        assertThat(Gaps.detect(ResamplerTest.bars(holed), session).gaps())
                .containsExactly(new Gap(t[150], t[151], 2));
        assertThat(Gaps.detect(ResamplerTest.bars(t), GapOptions.defaults(new Timeframe(fiveMinutes))).gaps()).hasSize(2);
        GapResult filled = Gaps.apply(ResamplerTest.bars(holed), session, GapPolicy.FILL);
        assertThat(filled.series().time()).containsExactly(t);
    }

    @Test
    void overnightSession() {
        long hour = 60 * MINUTE;
        long start = Times.ofInstant(Instant.parse("2023-08-01T20:00:00Z"));
        long[] t = {start, start + hour, start + 2 * hour, start + 3 * hour, start + 24 * hour};
        GapOptions night = GapOptions.defaults(new Timeframe(hour)).withSession(LocalTime.of(20, 0), LocalTime.of(0, 0));
        assertThat(Gaps.detect(ResamplerTest.bars(t), night).gaps()).isEmpty();
        t[4] = start + 25 * hour;
        assertThat(Gaps.detect(ResamplerTest.bars(t), night).gaps()).containsExactly(new Gap(start + 24 * hour, start + 24 * hour, 1));
    }

    private static Gap gap(String first, String last, long missing) {
        return new Gap(Times.ofInstant(Instant.parse("2023-08-01T" + first + ":00Z")),
                Times.ofInstant(Instant.parse("2023-08-01T" + last + ":00Z")), missing);
    }

    private static long day(String date) { return Times.ofInstant(Instant.parse(date + "T00:00:00Z")); }
}
