package dev.tradewind.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row and column of the TA-Lib and TTR reference files, on both inputs, to 1e-9 relative (absolute below 1),
 * plus the first valid row. TA-Lib aligns all outputs of a multi-output function (MACD, STOCH, STOCHF) to its
 * longest lookback, so for those columns the first row is the row where our indicator is {@code ready()};
 * otherwise it is the first non-NaN value of the line, as TTR publishes each line.
 */
class ReferenceTest {

    static final double TOLERANCE = 1e-9;

    /** A reference column: our spec for TTR, our spec for TA-Lib, and whether TA-Lib aligns it to the function's lookback. */
    record Column(String name, String ttrSpec, String talibSpec, boolean talibAligned) {
        static Column same(String name, String spec) { return new Column(name, spec, spec, false); }
    }

    static final List<Column> COLUMNS = List.of(
            Column.same("sma20", "sma(close,20)"),
            Column.same("ema20", "ema(close,20)"),
            Column.same("rsi14", "rsi(close,14)"),
            new Column("macd", "macd(close,12,26,9,ttr)", "macd(close,12,26,9)", true),
            new Column("macd_signal", "macd(close,12,26,9,ttr).signal", "macd(close,12,26,9).signal", true),
            new Column("macd_hist", "macd(close,12,26,9,ttr).hist", "macd(close,12,26,9).hist", true),
            Column.same("tr", "tr()"),
            Column.same("atr14", "atr(14)"),
            Column.same("bb_lower", "bbands(close,20,2).lower"),
            Column.same("bb_middle", "bbands(close,20,2).middle"),
            Column.same("bb_upper", "bbands(close,20,2).upper"),
            new Column("fast_k14", "stoch(14,3,3).fastk", "stochf(14,3).fastk", true),
            new Column("stoch_k", "stoch(14,3,3).k", "stoch(14,3,3).k", true),
            new Column("stoch_d", "stoch(14,3,3).d", "stoch(14,3,3).d", true),
            Column.same("plus_di14", "adx(14).plusdi"),
            Column.same("minus_di14", "adx(14).minusdi"),
            Column.same("dx14", "adx(14).dx"),
            Column.same("adx14", "adx(14)"),
            Column.same("cci20", "cci(20)"),
            Column.same("obv", "obv"),
            Column.same("willr14", "willr(14)"));

    static final Map<String, String> INPUTS = new LinkedHashMap<>();

    static {
        INPUTS.put("sp500", "sp500_2000_2020");
        INPUTS.put("ttrc", "ttrc");
    }

    @TestFactory
    List<DynamicTest> everyRowOfEveryColumn() {
        List<DynamicTest> tests = new ArrayList<>();
        INPUTS.forEach((key, inputName) -> {
            Bars bars = Bars.fromReference(inputName);
            for (String library : List.of("talib", "ttr")) {
                ReferenceData reference = ReferenceData.load(library + "_" + key);
                assertThat(reference.rows()).isEqualTo(bars.size());
                for (Column column : COLUMNS) {
                    tests.add(DynamicTest.dynamicTest(library + " " + key + " " + column.name(),
                            () -> check(bars, reference, library, column)));
                }
            }
        });
        return tests;
    }

    static void check(Bars bars, ReferenceData reference, String library, Column column) {
        boolean talib = library.equals("talib");
        String spec = talib ? column.talibSpec() : column.ttrSpec();
        double[] expected = reference.column(column.name());
        double[] actual = bars.spec(spec);
        int referenceFirst = ReferenceData.firstValid(expected);
        int ourFirst = talib && column.talibAligned() ? firstReady(bars, spec) : ReferenceData.firstValid(actual);
        assertThat(ourFirst).as("%s first valid row of %s", library, spec).isEqualTo(referenceFirst);
        for (int r = referenceFirst; r < expected.length; r++) {
            assertClose(actual[r], expected[r], () -> library + " " + spec);
        }
    }

    static int firstReady(Bars bars, String spec) {
        Indicator indicator = IndicatorSpec.parse(spec).create();
        for (int i = 0; i < bars.size(); i++) {
            indicator.update(bars.timeAt(i), bars.open()[i], bars.high()[i], bars.low()[i], bars.close()[i], bars.volume()[i], bars.close()[i]);
            if (indicator.ready()) return i;
        }
        return -1;
    }

    static void assertClose(double actual, double expected, java.util.function.Supplier<String> what) {
        double tolerance = TOLERANCE * Math.max(1, Math.max(Math.abs(actual), Math.abs(expected)));
        if (!(Math.abs(actual - expected) <= tolerance)) {
            throw new AssertionError(what.get() + ": expected " + expected + " but was " + actual);
        }
    }

    @Test
    void allColumnsInOneGraphShareNodes() {
        Bars bars = Bars.fromReference("ttrc");
        IndicatorGraph graph = new IndicatorGraph(bars.size());
        for (Column c : COLUMNS) {
            graph.add(c.ttrSpec());
            graph.add(c.talibSpec());
        }
        // sma, ema, rsi, macd ttr, macd talib, tr, atr, bbands, stoch, stochf, adx, cci, obv, willr
        assertThat(graph.nodeCount()).isEqualTo(14);
        assertThat(graph.warmup()).isEqualTo(33);
    }
}
