package dev.tradewind.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The block path of every {@link LineIndicator} equals its bar-by-bar path, bit for bit, whatever the block sizes. */
class LineIndicatorTest {

    static Stream<String> specs() {
        return IndicatorRegistry.standard().list().stream()
                .map(RegistryContractTest::spec)
                .filter(spec -> IndicatorSpec.parse(spec).create() instanceof LineIndicator);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void blocksEqualSingleUpdates(String spec) {
        Random random = new Random(spec.hashCode());
        for (int round = 0; round < 20; round++) {
            int n = 1 + random.nextInt(3000);
            double[] in = new double[n];
            double level = 100;
            for (int i = 0; i < n; i++) {
                level += random.nextGaussian() * (random.nextInt(50) == 0 ? 1e6 : 1);
                in[i] = random.nextInt(15) == 0 ? Double.NaN : random.nextInt(20) == 0 ? 0 : level;
            }
            Indicator single = IndicatorSpec.parse(spec).create();
            double[] expected = new double[n];
            for (int i = 0; i < n; i++) {
                single.update(i, in[i], in[i], in[i], in[i], 0, in[i]);
                expected[i] = single.value(0);
            }
            LineIndicator block = (LineIndicator) IndicatorSpec.parse(spec).create();
            int offset = random.nextInt(7);
            double[] out = new double[n + offset];
            for (int from = 0; from < n; ) {
                int to = Math.min(n, from + 1 + random.nextInt(400));
                block.updateLine(in, 0, out, -offset, from, to);
                from = to;
            }
            double[] actual = java.util.Arrays.copyOfRange(out, offset, offset + n);
            Lines.assertIdentical(expected, actual, spec + " round " + round);
            assertThat(Double.compare(block.value(0), single.value(0))).isZero();
        }
    }

    @org.junit.jupiter.api.Test
    void theFastPathsExist() {
        assertThat(specs()).contains("sma(close)", "ema(close)", "crossover(close,open)");
    }
}
