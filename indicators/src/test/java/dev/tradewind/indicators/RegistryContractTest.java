package dev.tradewind.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.Series;
import java.lang.management.ManagementFactory;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Contract checks run on every registered indicator with its default parameters. */
class RegistryContractTest {

    static final int BARS = 500;

    static Stream<IndicatorDef> definitions() { return IndicatorRegistry.standard().list().stream(); }

    static String spec(IndicatorDef def) {
        return switch (def.inputs()) {
            case 0 -> def.name() + "()";
            case 1 -> def.name() + "(close)";
            default -> def.name() + "(close,open)";
        };
    }

    static double input(IndicatorDef def, Bars b, int i) {
        return def.inputs() == 2 ? b.close()[i] - b.open()[i] : def.inputs() == 1 ? b.close()[i] : Double.NaN;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void eachOutputStartsAtItsLookbackAndStaysValid(IndicatorDef def) {
        Bars b = RandomBars.generate(7, BARS);
        Indicator ind = IndicatorSpec.parse(spec(def)).create();
        int maxLookback = 0;
        for (int k = 0; k < ind.outputs(); k++) maxLookback = Math.max(maxLookback, ind.lookback(k));
        assertThat(ind.lookback()).as("lookback() is the longest output lookback").isEqualTo(maxLookback);
        for (int i = 0; i < BARS; i++) {
            ind.update(b.timeAt(i), b.open()[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i], input(def, b, i));
            assertThat(ind.ready()).as("ready() at row %d", i).isEqualTo(i >= ind.lookback());
            for (int k = 0; k < ind.outputs(); k++) {
                double v = ind.value(k);
                if (i < ind.lookback(k)) {
                    assertThat(v).as("%s before its lookback, row %d", ind.outputName(k), i).isNaN();
                } else {
                    assertThat(Double.isFinite(v)).as("%s finite at row %d: %s", ind.outputName(k), i, v).isTrue();
                }
            }
            assertThat(Double.compare(ind.value(), ind.value(0))).as("value() is value(0)").isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void streamingWholeSeriesAndGraphAreIdentical(IndicatorDef def) {
        Bars b = RandomBars.generate(11, BARS);
        Indicator streaming = IndicatorSpec.parse(spec(def)).create();
        double[] input = new double[BARS];
        for (int i = 0; i < BARS; i++) input[i] = input(def, b, i);
        double[][] whole = Indicators.compute(IndicatorSpec.parse(spec(def)).create(), b.time(), b.open(), b.high(), b.low(), b.close(), b.volume(), input);
        double[][] bar = new double[streaming.outputs()][BARS];
        for (int i = 0; i < BARS; i++) {
            streaming.update(b.timeAt(i), b.open()[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i], input[i]);
            for (int k = 0; k < bar.length; k++) bar[k][i] = streaming.value(k);
        }
        for (int k = 0; k < bar.length; k++) {
            String name = def.outputs().get(k);
            Lines.assertIdentical(whole[k], bar[k], def.name() + "." + name + " whole series");
            Lines.assertIdentical(b.spec(spec(def) + (k == 0 ? "" : "." + name)), bar[k], def.name() + "." + name + " graph");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void attachedGraphComputesInBlocksWhatStreamingComputesBarByBar(IndicatorDef def) {
        int n = 3 * IndicatorGraph.BLOCK + 17;
        Bars b = RandomBars.generate(13, n);
        long[] time = new long[n];
        for (int i = 0; i < n; i++) time[i] = i * 60_000_000_000L;
        java.util.List<String> specs = new java.util.ArrayList<>();
        for (int k = 0; k < def.outputs().size(); k++) specs.add(spec(def) + (k == 0 ? "" : "." + def.outputs().get(k)));
        specs.add("ema(" + spec(def) + ",5)");
        specs.add("crossover(" + spec(def) + ",sma(" + spec(def) + ",4))");
        IndicatorGraph streaming = new IndicatorGraph(16);
        IndicatorGraph attached = new IndicatorGraph(16);
        attached.attach(time, b.open(), b.high(), b.low(), b.close(), b.volume());
        java.util.List<Series> a = new java.util.ArrayList<>();
        java.util.List<Series> s = new java.util.ArrayList<>();
        for (String spec : specs) {
            s.add(streaming.add(spec));
            a.add(attached.add(spec));
        }
        for (int i = 0; i < n; i++) {
            streaming.update(time[i], b.open()[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i]);
            attached.update(time[i], b.open()[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i]);
            assertThat(a.get(0).length()).isEqualTo(i + 1);
            assertThat(Double.compare(a.get(0).get(), s.get(0).get())).as("latest value at bar %d", i).isZero();
        }
        for (int k = 0; k < specs.size(); k++) Lines.assertIdentical(s.get(k).values(), a.get(k).values(), specs.get(k));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void updatesAllocateNothing(IndicatorDef def) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Bars b = RandomBars.generate(3, BARS);
        double[] input = new double[BARS];
        for (int i = 0; i < BARS; i++) input[i] = input(def, b, i);
        Indicator ind = IndicatorSpec.parse(spec(def)).create();
        feed(ind, b, input);
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int round = 0; round < 20; round++) feed(ind, b, input);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        // the JVM itself allocates a few dozen bytes now and then (JIT transitions); one object per update would be >= 160 KB
        assertThat(allocated).as("bytes allocated by %d updates of %s", 20 * BARS, def.name()).isLessThan(2048);
    }

    private static void feed(Indicator ind, Bars b, double[] input) {
        long[] time = b.time();
        for (int i = 0; i < BARS; i++) {
            ind.update(time[i], b.open()[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i], input[i]);
            ind.value(ind.outputs() - 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("definitions")
    void everyDefinitionDescribesItself(IndicatorDef def) {
        assertThat(def.usage()).startsWith(def.name() + "(");
        assertThat(def.summary()).isNotBlank();
        IndicatorSpec parsed = IndicatorSpec.parse(spec(def));
        assertThat(IndicatorSpec.parse(parsed.canonical()).canonical()).isEqualTo(parsed.canonical());
        for (String output : def.outputs()) {
            assertThat(output).matches("[a-z][a-z0-9]*");
        }
    }
}
