package dev.tradewind.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Times;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random 1m series with small holes, around daylight-saving changes, against a reference that steps minute by
 * minute through java.time: a bucket is a run of minutes with the same local wall-clock bucket.
 */
class ResamplerPropertyTest {
    private static final long MINUTE = 60 * Times.NANOS_PER_SECOND;
    private static final String[] ZONES = {"UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata",
        "Australia/Lord_Howe"};
    private static final String[] TIMEFRAMES = {"2m", "5m", "15m", "30m", "1h", "4h", "1d", "1w"};
    private static final String[] STARTS = {"2023-03-11T20:00:00Z", "2023-03-25T20:00:00Z", "2023-04-01T12:00:00Z",
        "2023-10-28T20:00:00Z", "2023-11-04T20:00:00Z", "2023-09-30T12:00:00Z", "2023-08-01T00:00:00Z"};

    @Property(tries = 300)
    void matchesWallClockReference(@ForAll("cases") Case c) throws DataException {
        ZoneId zone = ZoneId.of(c.zone);
        Timeframe tf = Timeframe.parse(c.timeframe);
        Resampled r = Resampler.resample(c.series, new Timeframe(MINUTE), tf, zone);
        long[] previous = {Long.MIN_VALUE, 0};
        ResamplerTest.assertSameBars(r.series(), Naive.aggregate(c.series, t -> {
            if (!sameRun(previous[0], t, tf, zone)) previous[1] = runStart(t, tf, zone);
            previous[0] = t;
            return previous[1];
        }));
        long[] t = c.series.time();
        int[] lastBarOfBucket = new int[r.series().size()];
        for (int i = 0; i < t.length; i++) lastBarOfBucket[r.bucketOf()[i]] = i;
        for (int i = 0; i < t.length; i++) {
            boolean ends = key(t[i] + MINUTE, tf, zone) != key(t[i], tf, zone);
            assertThat(r.closesBucket()[i]).isEqualTo(ends);
            if (r.closedAfter(i) > 0) assertThat(lastBarOfBucket[r.closedAfter(i) - 1]).isLessThanOrEqualTo(i);
        }
        assertThat(r.lastPartial()).isEqualTo(!r.closesBucket()[t.length - 1]);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> zones = Arbitraries.of(ZONES);
        Arbitrary<String> tfs = Arbitraries.of(TIMEFRAMES);
        Arbitrary<long[]> times = Combinators.combine(Arbitraries.of(STARTS), Arbitraries.integers().between(0, 600),
                Arbitraries.integers().between(1, 10).list().ofMinSize(1).ofMaxSize(400)).as((start, shift, steps) -> {
                    long[] t = new long[steps.size()];
                    long x = Times.ofInstant(Instant.parse(start)) + shift * MINUTE;
                    for (int i = 0; i < t.length; i++) {
                        x += (steps.get(i) > 7 ? steps.get(i) : 1) * MINUTE;
                        t[i] = x;
                    }
                    return t;
                });
        return Combinators.combine(zones, tfs, times).as((z, tf, t) -> new Case(z, tf, series(t)));
    }

    record Case(String zone, String timeframe, BarSeries series) {
        @Override
        public String toString() { return zone + " " + timeframe + " from " + Times.format(series.time()[0]) + " n=" + series.size(); }
    }

    private static BarSeries series(long[] t) {
        int n = t.length;
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            o[i] = 100 + (i * 7919 % 13);
            c[i] = 100 + (i * 104_729 % 11);
            h[i] = Math.max(o[i], c[i]) + i % 3;
            l[i] = Math.min(o[i], c[i]) - i % 2;
            v[i] = i % 5;
        }
        return new BarSeries("P", t, o, h, l, c, v);
    }

    /** The local wall-clock bucket of an instant, through java.time. */
    private static long key(long t, Timeframe tf, ZoneId zone) {
        LocalDateTime local = Times.toInstant(t).atZone(zone).toLocalDateTime();
        long seconds = local.toEpochSecond(ZoneOffset.UTC) - (tf.nanos() % (7 * Times.NANOS_PER_DAY) == 0 ? 4 * 86_400 : 0);
        return Math.floorDiv(seconds, tf.nanos() / Times.NANOS_PER_SECOND);
    }

    /** Whether every minute from {@code a} to {@code b} has one key. */
    private static boolean sameRun(long a, long b, Timeframe tf, ZoneId zone) {
        if (a == Long.MIN_VALUE) return false;
        for (long x = a; x < b; x += MINUTE) {
            if (key(x + MINUTE, tf, zone) != key(a, tf, zone)) return false;
        }
        return true;
    }

    /** Steps back a minute at a time while the key stays the same (offsets and boundaries are whole minutes). */
    private static long runStart(long t, Timeframe tf, ZoneId zone) {
        long k = key(t, tf, zone);
        long x = t;
        while (key(x - MINUTE, tf, zone) == k) x -= MINUTE;
        return x;
    }
}
