package dev.tradewind.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.Series;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A crossover pair written into reused columns (a sweep's worker) by the marks of the columns' last run: the same
 * values, bit for bit, as a graph with columns of its own, whatever the columns held before: another pair's crosses,
 * a run that stopped part way, a line of another kind, garbage.
 */
class ZeroMarksTest {

    @Test
    void aPairInReusedColumnsReadsAsInColumnsOfItsOwn() {
        SplittableRandom random = new SplittableRandom(11);
        Bars b = withNaNs(RandomBars.generate(3, 5_000), random);
        int n = b.size();
        double[][] spare = {new double[n], new double[n], new double[n]};
        for (int run = 0; run < 60; run++) {
            int kind = random.nextInt(8);
            int fast = 1 + random.nextInt(12);
            int slow = fast + 1 + random.nextInt(60);
            String pair = "sma(close," + fast + "),sma(close," + slow + ")";
            if (kind == 0) { // garbage the marks cannot know of, and no marks
                for (double[] s : spare) for (int i = 0; i < n; i++) s[i] = random.nextInt(3) - 1;
                for (double[] s : spare) ZeroMarks.take(s);
            }
            IndicatorGraph graph = new IndicatorGraph(n);
            graph.writeKeptLinesInto(k -> spare[k]);
            Series[] lines = kind == 1 // a line of another kind in the first column: it leaves no marks
                    ? new Series[] {graph.add("rsi(close," + fast + ")"), graph.add("crossover(" + pair + ")")}
                    : new Series[] {graph.add("crossover(" + pair + ")"), graph.add("crossunder(" + pair + ")")};
            graph.attach(b.time(), b.open(), b.high(), b.low(), b.close(), b.volume());
            if (kind == 2) { // stops part way: its columns are left half written, with no marks
                int stop = random.nextInt(n);
                for (int g = 0; g < stop; g++) graph.update(b.time()[g], b.open()[g], b.high()[g], b.low()[g], b.close()[g], b.volume()[g]);
                continue;
            }
            graph.computeAll();
            IndicatorGraph own = new IndicatorGraph(n);
            Series[] expected = new Series[lines.length];
            for (int k = 0; k < lines.length; k++) expected[k] = own.add(lines[k].spec());
            own.attach(b.time(), b.open(), b.high(), b.low(), b.close(), b.volume());
            own.computeAll();
            for (int k = 0; k < lines.length; k++) {
                double[] got = lines[k].values();
                double[] want = expected[k].values();
                for (int g = 0; g < n; g++) {
                    assertThat(Double.doubleToRawLongBits(got[g])).as("run %d (kind %d), %s, bar %d", run, kind, lines[k].spec(), g)
                            .isEqualTo(Double.doubleToRawLongBits(want[g]));
                }
            }
        }
    }

    /** Runs of NaN closes here and there: the averages go NaN and the pair holds its value through them. */
    private static Bars withNaNs(Bars b, SplittableRandom random) {
        double[] close = b.close().clone();
        for (int k = 0; k < 6; k++) {
            int from = random.nextInt(close.length - 20);
            for (int i = from; i < from + 1 + random.nextInt(15); i++) close[i] = Double.NaN;
        }
        for (int i = 0; i < 7; i++) close[i] = Double.NaN;
        return new Bars(b.time(), b.open(), b.high(), b.low(), close, b.volume());
    }
}
