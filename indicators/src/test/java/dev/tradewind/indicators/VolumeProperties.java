package dev.tradewind.indicators;

import static dev.tradewind.indicators.Naive.nan;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Volume indicators against naive implementations on random bars. */
class VolumeProperties {

    static double[] moneyFlowVolume(Bars b) {
        double[] mfv = new double[b.size()];
        for (int i = 0; i < mfv.length; i++) {
            double h = b.high()[i];
            double l = b.low()[i];
            double c = b.close()[i];
            mfv[i] = h == l ? 0 : ((c - l) - (h - c)) / (h - l) * b.volume()[i];
        }
        return mfv;
    }

    @Property(tries = 150)
    void obvAdAdosc(@ForAll long seed, @ForAll @IntRange(min = 1, max = 10) int fast, @ForAll @IntRange(min = 1, max = 20) int slow,
                    @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] obv = new double[size];
        double[] ad = new double[size];
        double[] mfv = moneyFlowVolume(b);
        for (int i = 0; i < size; i++) {
            double c = b.close()[i];
            obv[i] = i == 0 ? b.volume()[0] : obv[i - 1] + (c > b.close()[i - 1] ? b.volume()[i] : c < b.close()[i - 1] ? -b.volume()[i] : 0);
            ad[i] = (i == 0 ? 0 : ad[i - 1]) + mfv[i];
        }
        Lines.assertClose(b.spec("obv"), obv, "obv");
        Lines.assertClose(b.spec("ad"), ad, "ad");
        double[] osc = Naive.plus(1, Naive.ema(ad, fast, 2.0 / (fast + 1), true), -1, Naive.ema(ad, slow, 2.0 / (slow + 1), true));
        int lookback = Math.max(fast, slow) - 1;
        for (int i = 0; i < Math.min(lookback, size); i++) osc[i] = Double.NaN;
        Lines.assertClose(b.spec("adosc(" + fast + "," + slow + ")"), osc, "adosc");
    }

    @Property(tries = 150)
    void cmfAndMfi(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n, @ForAll @IntRange(min = 1, max = 300) int size) {
        Bars b = RandomBars.generate(seed, size);
        double[] mfv = moneyFlowVolume(b);
        double[] cmf = nan(size);
        for (int i = n - 1; i < size; i++) {
            double v = Naive.sum(b.volume(), i - n + 1, i);
            cmf[i] = v == 0 ? 0 : Naive.sum(mfv, i - n + 1, i) / v;
        }
        Lines.assertClose(b.spec("cmf(" + n + ")"), cmf, "cmf");
        double[] tp = Naive.typical(b);
        double[] mfi = nan(size);
        for (int i = n; i < size; i++) {
            double pos = 0;
            double neg = 0;
            for (int j = i - n + 1; j <= i; j++) {
                if (tp[j] > tp[j - 1]) pos += tp[j] * b.volume()[j];
                if (tp[j] < tp[j - 1]) neg += tp[j] * b.volume()[j];
            }
            mfi[i] = pos + neg == 0 ? 0 : 100 * pos / (pos + neg);
        }
        Lines.assertClose(b.spec("mfi(" + n + ")"), mfi, "mfi");
    }

    @Property(tries = 100)
    void sessionVwap(@ForAll long seed, @ForAll @IntRange(min = 1, max = 300) int size, @ForAll @IntRange(min = 0, max = 1439) int start,
                     @ForAll @IntRange(min = 1, max = 720) int minutesPerBar) {
        Bars daily = RandomBars.generate(seed, size);
        long t0 = daily.time()[0];
        long[] time = new long[size];
        for (int i = 0; i < size; i++) time[i] = t0 + i * minutesPerBar * 60_000_000_000L;
        Bars b = new Bars(time, daily.open(), daily.high(), daily.low(), daily.close(), daily.volume());
        for (String zone : new String[] {"utc", "America/New_York", "utc+05:30"}) {
            ZoneId id = zone.equals("utc") ? ZoneId.of("UTC") : ZoneId.of(zone.equals("utc+05:30") ? "UTC+05:30" : zone);
            double[] expected = new double[size];
            double pv = 0;
            double v = 0;
            ZonedDateTime session = null;
            for (int i = 0; i < size; i++) {
                ZonedDateTime local = Instant.ofEpochSecond(0, time[i]).atZone(id);
                ZonedDateTime s = local.toLocalDate().atTime(LocalTime.ofSecondOfDay(start * 60L)).atZone(id);
                if (s.isAfter(local)) s = local.toLocalDate().minusDays(1).atTime(LocalTime.ofSecondOfDay(start * 60L)).atZone(id);
                if (!s.equals(session)) {
                    session = s;
                    pv = 0;
                    v = 0;
                }
                double tp = (b.high()[i] + b.low()[i] + b.close()[i]) / 3;
                pv += tp * b.volume()[i];
                v += b.volume()[i];
                expected[i] = v == 0 ? tp : pv / v;
            }
            Lines.assertClose(b.spec("vwap(" + zone + "," + start + ")"), expected, "vwap " + zone);
        }
    }
}
