package dev.tradewind.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.indicators.trend.Cross;
import dev.tradewind.model.Series;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A crossover pair over attached bars that only strategies read keeps its crossings instead of two columns
 * ({@link Crossings}): every read (the current bar, any bar back, in any order, the whole column) gives the bits of a
 * single {@link Cross} fed the two averages' difference bar by bar, through NaN runs in the data; a pair another
 * indicator reads keeps its columns, with the same values; a sweep worker's reused columns are not taken by it.
 */
class CrossingsTest {

    @Test
    void everyReadOfAPairWithoutColumnsIsTheStreamedColumns() {
        SplittableRandom random = new SplittableRandom(5);
        for (long seed = 1; seed <= 10; seed++) {
            Bars b = withNaNs(RandomBars.generate(seed, 4_000), random, seed % 2 == 0);
            int fast = 1 + random.nextInt(8);
            String pair = "sma(close," + fast + "),sma(close," + (fast + 1 + random.nextInt(40)) + ")";
            String[] specs = seed % 3 == 0 ? new String[] {"crossover(" + pair + ")", "crossunder(" + pair + ")"}
                    : seed % 3 == 1 ? new String[] {"crossover(" + pair + ")", "cross(" + pair + ")"}
                    : new String[] {"cross(" + pair + ")", "crossunder(" + pair + ")"};
            IndicatorGraph graph = new IndicatorGraph(b.size());
            double[][] spare = {new double[b.size()], new double[b.size()]};
            graph.writeKeptLinesInto(k -> spare[k]);
            Series[] lines = {graph.add(specs[0]), graph.add(specs[1])};
            graph.attach(b.time(), b.open(), b.high(), b.low(), b.close(), b.volume());
            double[][] expected = streamed(b, specs);
            for (int g = 0; g < b.size(); g++) {
                graph.update(b.time()[g], b.open()[g], b.high()[g], b.low()[g], b.close()[g], b.volume()[g]);
                for (int k = 0; k < 2; k++) {
                    assertThat(bits(lines[k].get())).as("seed %d, %s, bar %d", seed, specs[k], g).isEqualTo(bits(expected[k][g]));
                    int back = random.nextInt(g + 2); // now and then one bar past the first
                    double want = back <= g ? expected[k][g - back] : Double.NaN;
                    assertThat(bits(lines[k].get(back))).as("seed %d, %s, bar %d, %d back", seed, specs[k], g, back).isEqualTo(bits(want));
                }
            }
            for (int k = 0; k < 2; k++) {
                assertThat(((GraphSeries) lines[k]).line().values).as("no column").isNull();
                double[] all = lines[k].values();
                for (int g = 0; g < b.size(); g++) assertThat(bits(all[g])).isEqualTo(bits(expected[k][g]));
            }
            for (double[] s : spare) for (double v : s) assertThat(v).as("a reused column is not written").isZero();
        }
    }

    @Test
    void aPairAnotherIndicatorReadsKeepsItsColumns() {
        Bars b = RandomBars.generate(3, 3_000);
        String pair = "sma(close,3),sma(close,17)";
        String[] specs = {"crossover(" + pair + ")", "crossunder(" + pair + ")", "sma(crossover(" + pair + "),5)"};
        IndicatorGraph graph = new IndicatorGraph(b.size());
        Series[] lines = {graph.add(specs[0]), graph.add(specs[1]), graph.add(specs[2])};
        graph.attach(b.time(), b.open(), b.high(), b.low(), b.close(), b.volume());
        double[][] expected = streamed(b, specs);
        for (int g = 0; g < b.size(); g++) graph.update(b.time()[g], b.open()[g], b.high()[g], b.low()[g], b.close()[g], b.volume()[g]);
        assertThat(((GraphSeries) lines[0]).line().values).isNotNull();
        for (int k = 0; k < 3; k++) {
            double[] all = lines[k].values();
            for (int g = 0; g < b.size(); g++) assertThat(bits(all[g])).as("%s, bar %d", specs[k], g).isEqualTo(bits(expected[k][g]));
        }
    }

    /**
     * Each spec's values from indicators of its own, not the pair's pass: a crossover is a single {@link Cross} fed the
     * difference of the two averages (streamed a bar at a time), anything else the graph's streamed column.
     */
    private static double[][] streamed(Bars b, String... specs) {
        IndicatorGraph graph = new IndicatorGraph(b.size());
        Series[] s = new Series[specs.length];
        Series[][] inputs = new Series[specs.length][];
        Cross[] crosses = new Cross[specs.length];
        for (int k = 0; k < specs.length; k++) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(crossover|crossunder|cross)\\((sma\\([^)]*\\)),(sma\\([^)]*\\))\\)$")
                    .matcher(specs[k]);
            if (m.matches()) {
                crosses[k] = m.group(1).equals("crossover") ? Cross.over() : m.group(1).equals("crossunder") ? Cross.under() : Cross.both();
                inputs[k] = new Series[] {graph.add(m.group(2)), graph.add(m.group(3))};
            } else {
                s[k] = graph.add(specs[k]);
            }
        }
        double[][] out = new double[specs.length][b.size()];
        for (int g = 0; g < b.size(); g++) {
            graph.update(b.time()[g], b.open()[g], b.high()[g], b.low()[g], b.close()[g], b.volume()[g]);
            for (int k = 0; k < specs.length; k++) {
                if (crosses[k] == null) continue;
                crosses[k].update(inputs[k][0].get(), inputs[k][1].get());
                out[k][g] = crosses[k].value(0);
            }
        }
        for (int k = 0; k < specs.length; k++) if (crosses[k] == null) out[k] = s[k].values();
        return out;
    }

    /** Runs of NaN closes: the averages go NaN and the pair holds its value through them; optionally from bar 0. */
    private static Bars withNaNs(Bars b, SplittableRandom random, boolean atStart) {
        double[] close = b.close().clone();
        for (int k = 0; k < 5; k++) {
            int from = random.nextInt(close.length - 20);
            for (int i = from; i < from + 1 + random.nextInt(15); i++) close[i] = Double.NaN;
        }
        if (atStart) for (int i = 0; i < 9; i++) close[i] = Double.NaN;
        return new Bars(b.time(), b.open(), b.high(), b.low(), close, b.volume());
    }

    private static long bits(double v) { return Double.doubleToRawLongBits(v); }
}
