package dev.tradewind.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.indicators.average.Ema;
import dev.tradewind.indicators.average.Sma;
import dev.tradewind.indicators.momentum.Macd;
import dev.tradewind.indicators.trend.Cross;
import dev.tradewind.indicators.trend.ParabolicSar;
import dev.tradewind.indicators.util.RollingExtreme;
import dev.tradewind.indicators.volume.Vwap;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Hand-checked behaviours that the property tests do not pin down. */
class StreamingBehaviourTest {

    static final double NaN = Double.NaN;

    @Test
    void singleInputIndicatorsSkipNaNInputs() {
        double[] x = {NaN, NaN, 1, 2, NaN, 3, 4};
        double[][] sma = Indicators.compute(new Sma(2), x);
        assertThat(sma[0]).containsExactly(NaN, NaN, NaN, 1.5, 1.5, 2.5, 3.5);
        Sma direct = new Sma(2);
        direct.update(NaN);
        assertThat(direct.ready()).isFalse();
    }

    @Test
    void emaSeeds() {
        double[] x = {1, 2, 3, 4};
        assertThat(Indicators.compute(new Ema(3), x)[0]).containsExactly(NaN, NaN, 2, 3);
        assertThat(Indicators.compute(new Ema(3, Ema.Seed.FIRST), x)[0]).containsExactly(1, 1.5, 2.25, 3.125);
        assertThat(new Ema(3, Ema.Seed.FIRST).lookback()).isZero();
    }

    @Test
    void macdSeedingsDifferOnlyInTheFastSeed() {
        Macd talib = new Macd(2, 4, 2);
        Macd ttr = new Macd(2, 4, 2, Macd.Seeding.TTR);
        double[] x = {1, 3, 2, 6, 5};
        double[][] a = Indicators.compute(talib, x);
        double[][] b = Indicators.compute(ttr, x);
        // slow EMA(4) starts at row 3 with mean(1, 3, 2, 6) = 3 in both. TA-Lib seeds the fast EMA(2) there too,
        // with mean(2, 6) = 4; TTR seeds it at row 1 with mean(1, 3) = 2, then 2, then 2 + 2/3 (6 - 2)
        assertThat(a[0][3]).isEqualTo(1);
        assertThat(b[0][3]).isCloseTo(2 + 8.0 / 3 - 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(a[0][2]).isNaN();
        assertThat(a[1][3]).isNaN();
        assertThat(a[1][4]).isCloseTo((a[0][3] + a[0][4]) / 2, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void parabolicSarByHand() {
        ParabolicSar sar = new ParabolicSar(0.02, 0.2);
        double[][] bars = {{10, 9}, {11, 10}, {12, 11}, {12, 9}, {11.5, 10}};
        double[] value = new double[bars.length];
        double[] dir = new double[bars.length];
        for (int i = 0; i < bars.length; i++) {
            sar.update(0, bars[i][1], bars[i][0], bars[i][1], bars[i][1], 0, NaN);
            value[i] = sar.value(0);
            dir[i] = sar.value(1);
        }
        assertThat(value).containsExactly(NaN, 9, 9, 12, 12);
        assertThat(dir).containsExactly(NaN, 1, 1, -1, -1);
    }

    @Test
    void crossNeedsAPreviousDifference() {
        Cross over = Cross.over();
        over.update(1, 2);
        assertThat(over.ready()).isFalse();
        over.update(3, 2);
        assertThat(over.value()).isEqualTo(1);
        over.update(NaN, 2);
        assertThat(over.value()).isEqualTo(1);
        over.update(4, 2);
        assertThat(over.value()).isZero();
    }

    @Test
    void rollingExtremePrefersTheMostRecentTie() {
        RollingExtreme max = RollingExtreme.max(3);
        max.push(5);
        max.push(5);
        assertThat(max.age()).isZero();
        max.push(4);
        assertThat(max.value()).isEqualTo(5);
        assertThat(max.age()).isEqualTo(1);
        max.push(3);
        assertThat(max.value()).isEqualTo(5);
        max.push(2);
        assertThat(max.value()).isEqualTo(4);
    }

    @Test
    void vwapRestartsAtTheSessionStartInItsZone() {
        ZoneId ny = ZoneId.of("America/New_York");
        Vwap vwap = new Vwap(ny, LocalTime.of(18, 0));
        // 2024-03-10 is the US switch to daylight saving: the session from 03-09 18:00 lasts 23 hours
        long[] times = {
                nanos(ZonedDateTime.of(2024, 3, 8, 17, 59, 0, 0, ny)),
                nanos(ZonedDateTime.of(2024, 3, 8, 18, 0, 0, 0, ny)),
                nanos(ZonedDateTime.of(2024, 3, 9, 17, 0, 0, 0, ny)),
                nanos(ZonedDateTime.of(2024, 3, 10, 17, 30, 0, 0, ny)),
                nanos(ZonedDateTime.of(2024, 3, 10, 18, 0, 0, 0, ny)),
        };
        double[] prices = {10, 20, 40, 70, 100};
        double[] expected = {10, 20, 30, 70, 100};
        for (int i = 0; i < times.length; i++) {
            vwap.update(times[i], prices[i], prices[i], prices[i], prices[i], 1, NaN);
            assertThat(vwap.value()).as("bar %d", i).isEqualTo(expected[i]);
        }
        Vwap utc = new Vwap();
        utc.update(0, 1, 1, 1, 1, 0, NaN);
        assertThat(utc.value()).as("typical price until there is volume").isEqualTo(1);
    }

    private static long nanos(ZonedDateTime t) { return t.toEpochSecond() * 1_000_000_000L; }

    @Test
    void constructorsRejectBadParameters() {
        assertThatThrownBy(() -> new Sma(0)).hasMessage("period must be >= 1, got 0");
        assertThatThrownBy(() -> new ParabolicSar(0.2, 0.1)).hasMessageContaining("max must be >= step");
        assertThatThrownBy(() -> new Macd(26, 12, 9)).hasMessageContaining("slow must be > fast");
    }
}
