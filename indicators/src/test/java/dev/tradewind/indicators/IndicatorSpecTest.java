package dev.tradewind.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.indicators.average.Sma;
import dev.tradewind.model.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorSpecTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "EMA( Close , 20 );ema(close,20)",
            "ema(20);ema(close,20)",
            "ema;ema(close,20)",
            "ema(close,20,sma);ema(close,20)",
            "ema(close,20,FIRST);ema(close,20,first)",
            "sma(rsi(close,14),5);sma(rsi(close,14),5)",
            "sma(rsi(14),5);sma(rsi(close,14),5)",
            "macd(close,12,26,9).macd;macd(close,12,26,9)",
            "macd(close).signal;macd(close,12,26,9).signal",
            "macd(close,12,26,9,ttr).hist;macd(close,12,26,9,ttr).hist",
            "bbands(close,20,2.0).upper;bbands(close,20,2).upper",
            "bbands(hlc3,20,2.5).pctb;bbands(hlc3,20,2.5).pctb",
            "sar(0.020,2e-1);sar(0.02,0.2)",
            "atr(14);atr(14)",
            "obv();obv()",
            "obv;obv()",
            "adx(14).plusdi;adx(14).plusdi",
            "crossover(close,sma(close,15));crossover(close,sma(close,15))",
            "crossunder(ema(close,5),ema(close,20));crossunder(ema(close,5),ema(close,20))",
            "close;close",
            "HL2;hl2",
            "vwap;vwap(utc,0)",
            "vwap(America/New_York,570);vwap(america/new_york,570)",
            "vwap(UTC+05:30);vwap(utc+05:30,0)",
            "stoch(14,3,3).d;stoch(14,3,3).d",
            "ichimoku().spanb;ichimoku(9,26,52,26).spanb",
    })
    void canonicalForm(String spec, String canonical) {
        IndicatorSpec parsed = IndicatorSpec.parse(spec);
        assertThat(parsed.canonical()).isEqualTo(canonical);
        assertThat(IndicatorSpec.parse(canonical)).isEqualTo(parsed);
    }

    @Test
    void structure() {
        IndicatorSpec spec = IndicatorSpec.parse("sma(rsi(close,14),5)");
        assertThat(spec.definition().name()).isEqualTo("sma");
        assertThat(spec.args().integer(0)).isEqualTo(5);
        assertThat(spec.inputs()).hasSize(1);
        IndicatorSpec rsi = spec.inputs().get(0);
        assertThat(rsi.nodeKey()).isEqualTo("rsi(close,14)");
        assertThat(rsi.inputs().get(0).source()).isEqualTo(Source.CLOSE);
        assertThat(spec.create()).isInstanceOf(Sma.class);
        IndicatorSpec signal = IndicatorSpec.parse("macd(close,12,26,9).signal");
        assertThat(signal.output()).isEqualTo(1);
        assertThat(signal.nodeKey()).isEqualTo("macd(close,12,26,9)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "foo(close,3);unknown indicator 'foo'; known: ad, adosc, adx, aroon, atr, bbands,",
            "sma(close,1,2);wrong number of arguments for sma: got 3, expected sma(input=close,period=20)",
            "crossover(close);wrong number of arguments for crossover: got 1, expected crossover(a,b)",
            "ema(close,abc);expected a number at position 2 of ema (period), got 'abc'",
            "ema(close,2.5);expected an integer at position 2 of ema (period), got '2.5'",
            "bbands(close,20,close);expected a number at position 3 of bbands (k), got 'close'",
            "crossover(close,3);expected an input (open|high|low|close|volume|hl2|hlc3|ohlc4 or an indicator) at position 2 of crossover, got '3'",
            "ema(close,20,last);expected one of sma|first at position 3 of ema (seed), got 'last'",
            "macd(close).foo;macd has no output 'foo'; outputs: macd, signal, hist",
            "sma(close,0);sma: period must be >= 1, got 0",
            "macd(close,26,12);macd: slow must be > fast, got fast 26, slow 12",
            "vwap(mars/olympus);expected a time zone such as utc or america/new_york at position 1 of vwap (zone), got 'mars/olympus'",
            "vwap(utc,1440);vwap: start must be 0..1439 minutes after midnight, got 1440",
            "close();'close' is an input, not a function",
            "close.value;input 'close' has no output '.value'",
            "sma(close,20;expected ',' or ')' at column 13, found the end",
            "sma(close,20));expected the end of the spec at column 14, found ')'",
            "sma(,20);expected a name such as ema or close at column 5, found ','",
            "macd(close).;expected an output name after '.' at column 13, found the end",
    })
    void badSpecsExplainThemselvesOnOneLine(String spec, String message) {
        assertThatThrownBy(() -> IndicatorSpec.parse(spec))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad indicator spec '" + spec + "': ")
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void emptySpec() {
        assertThatThrownBy(() -> IndicatorSpec.parse(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty indicator spec");
    }

    @Test
    void registryListsDefinitionsForTheCli() {
        IndicatorRegistry registry = IndicatorRegistry.standard();
        assertThat(registry.names()).hasSizeGreaterThanOrEqualTo(40).contains("sma", "ema", "macd", "vwap", "crossover", "linreg");
        IndicatorDef macd = registry.find("macd");
        assertThat(macd.usage()).isEqualTo("macd(input=close,fast=12,slow=26,signal=9,seeding=talib|ttr) -> macd,signal,hist");
        assertThat(macd.params()).extracting(Param::name).containsExactly("fast", "slow", "signal", "seeding");
        assertThat(macd.params().get(0).defaultValue()).isEqualTo(12);
        assertThat(registry.find("bbands").outputs()).containsExactly("middle", "upper", "lower", "pctb", "bandwidth");
        assertThat(registry.find("nope")).isNull();
        assertThatThrownBy(() -> registry.register(registry.find("sma"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void projectsRegisterTheirOwnIndicators() {
        IndicatorRegistry registry = IndicatorRegistry.withBuiltins()
                .register(IndicatorDef.of("twice", 1, "the input times a factor", a -> new Scaler(a.real(0)), Param.real("factor", 2)));
        IndicatorSpec spec = IndicatorSpec.parse("twice(ema(close,3))", registry);
        assertThat(spec.canonical()).isEqualTo("twice(ema(close,3),2)");
        assertThatThrownBy(() -> IndicatorSpec.parse("twice(close)")).hasMessageContaining("unknown indicator 'twice'");
        IndicatorGraph graph = new IndicatorGraph(8, registry);
        Series s = graph.add("twice(close)");
        graph.update(0, 1, 1, 1, 3, 0);
        assertThat(s.get()).isEqualTo(6);
    }

    static final class Scaler implements Indicator {
        private final double factor;
        private double value = Double.NaN;

        Scaler(double factor) { this.factor = factor; }

        @Override public void update(long t, double o, double h, double l, double c, double v, double input) {
            if (input == input) value = factor * input;
        }

        @Override public double value(int output) { return value; }
        @Override public int lookback() { return 0; }
        @Override public boolean ready() { return value == value; }
    }
}
