package dev.tradewind.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.Series;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link IndicatorGraph.Watch#firstActive} against a plain scan: the first bar where a watched line is not 0 and not NaN. */
class WatchTest {
    private static final double[] VALUES = {0, 0, 0, 0, 0, 0, 0, 0, -0.0, Double.NaN, 1, -1, 1e-300, Double.NEGATIVE_INFINITY};

    @Test
    void theFirstActiveBarIsTheOneAPlainScanFinds() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 40; round++) {
            int n = 1 + random.nextInt(400);
            double density = round % 4 == 0 ? 0 : 1.0 / (1 + random.nextInt(60)); // some rounds with no signal at all
            double[] open = new double[n];
            double[] close = new double[n];
            double[] volume = new double[n];
            long[] time = new long[n];
            for (int i = 0; i < n; i++) {
                time[i] = i;
                open[i] = random.nextDouble() < density ? VALUES[random.nextInt(VALUES.length)] : 0;
                close[i] = random.nextDouble() < density ? VALUES[random.nextInt(VALUES.length)] : random.nextInt(9) == 0 ? -0.0 : 0;
                volume[i] = random.nextDouble() < density ? VALUES[random.nextInt(VALUES.length)] : 0;
            }
            IndicatorGraph graph = new IndicatorGraph(n);
            Series o = graph.add("open");
            Series c = graph.add("close");
            Series v = graph.add("volume");
            graph.attach(time, open, open, open, close, volume);
            graph.computeAll();
            IndicatorGraph.Watch two = graph.watch(c, o);
            IndicatorGraph.Watch three = graph.watch(o, c, v);
            for (int k = 0; k < 200; k++) {
                int from = random.nextInt(n);
                int limit = from + random.nextInt(n - from + 1);
                assertThat(two.firstActive(from, limit)).as("round %d, [%d, %d)", round, from, limit)
                        .isEqualTo(plain(from, limit, close, open));
                assertThat(three.firstActive(from, limit)).isEqualTo(plain(from, limit, open, close, volume));
            }
        }
    }

    @Test
    void aCrossoverPairIsWatchedFromTheBarsItsPassFoundAsAScanWould() {
        for (long seed = 1; seed <= 12; seed++) {
            Bars b = RandomBars.generate(seed, 5_000);
            IndicatorGraph graph = new IndicatorGraph(b.size());
            String pair = seed % 3 == 0 ? "close,sma(close,4)" : "sma(close," + (1 + seed % 4) + "),sma(close," + (5 + seed) + ")";
            Series up = graph.add("crossover(" + pair + ")");
            Series down = graph.add("crossunder(" + pair + ")");
            graph.attach(b.time(), b.open(), b.high(), b.low(), b.close(), b.volume());
            IndicatorGraph.Watch watch = graph.watch(up, down);
            IndicatorGraph.Watch reversed = graph.watch(down, up);
            // the reference: the same pair streamed a bar at a time, into columns
            IndicatorGraph streamed = new IndicatorGraph(b.size());
            Series upStreamed = streamed.add("crossover(" + pair + ")");
            Series downStreamed = streamed.add("crossunder(" + pair + ")");
            for (int g = 0; g < b.size(); g++) streamed.update(b.time()[g], b.open()[g], b.high()[g], b.low()[g], b.close()[g], b.volume()[g]);
            double[] upColumn = upStreamed.values();
            double[] downColumn = downStreamed.values();
            SplittableRandom random = new SplittableRandom(seed);
            int found = 0;
            for (int g = 0; g < b.size(); g++) { // as a replay: a bar at a time, the watch asked from the next bar on
                graph.update(b.time()[g], b.open()[g], b.high()[g], b.low()[g], b.close()[g], b.volume()[g]);
                int from = g + 1;
                int limit = Math.min(b.size(), from + random.nextInt(3_000));
                int expected = plain(from, Math.min(limit, computedAhead(g)), upColumn, downColumn);
                assertThat(Double.doubleToRawLongBits(up.get())).isEqualTo(Double.doubleToRawLongBits(upColumn[g]));
                assertThat(Double.doubleToRawLongBits(down.get())).isEqualTo(Double.doubleToRawLongBits(downColumn[g]));
                assertThat(watch.firstActive(from, limit)).as("seed %d, bar %d, [%d, %d)", seed, g, from, limit).isEqualTo(expected);
                assertThat(reversed.firstActive(from, limit)).isEqualTo(expected);
                if (expected < limit) found++;
            }
            assertThat(found).as("crosses found, seed %d", seed).isGreaterThan(100);
        }
    }

    /** Bars computed once bar {@code g} was fed: its block of 1,024. */
    private static int computedAhead(int g) { return Math.min(5_000, (g / IndicatorGraph.BLOCK + 1) * IndicatorGraph.BLOCK); }

    private static int plain(int from, int limit, double[]... lines) {
        for (int g = from; g < limit; g++) {
            for (double[] line : lines) if (line[g] != 0 && !Double.isNaN(line[g])) return g;
        }
        return limit;
    }
}
