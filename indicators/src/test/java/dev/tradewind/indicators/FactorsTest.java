package dev.tradewind.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.Series;
import org.junit.jupiter.api.Test;

class FactorsTest {

    @Test
    void namesFollowPeriodsInOrder() {
        Factors factors = new Factors();
        assertThat(factors.size()).isEqualTo(20);
        assertThat(factors.names()).startsWith("range_10", "er_10", "r2_10", "slope_10", "range_20").endsWith("slope_100");
        assertThat(factors.warmup()).isEqualTo(100);
        assertThat(new Factors(20, 20, 5).names()).containsExactly("range_20", "er_20", "r2_20", "slope_20", "range_5", "er_5", "r2_5", "slope_5");
        assertThatThrownBy(() -> new Factors(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesMatchTheUnderlyingIndicators() {
        Bars b = RandomBars.generate(17, 300);
        Factors factors = new Factors(10, 50);
        double[] values = new double[factors.size()];
        for (int i = 0; i < b.size(); i++) {
            factors.update(b.timeAt(i), b.open()[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i]);
        }
        factors.values(values);
        assertThat(values[0]).isEqualTo(b.spec("range(10)")[299]);
        assertThat(values[1]).isEqualTo(b.spec("er(close,10)")[299]);
        assertThat(values[2]).isEqualTo(b.spec("linreg(close,10).r2")[299]);
        assertThat(values[3]).isEqualTo(b.spec("linreg(close,10).slope")[299]);
        assertThat(values[7]).isEqualTo(b.spec("linreg(close,50).slope")[299]);
        assertThat(factors.series(4).length()).isEqualTo(300);
    }

    @Test
    void sharedGraphDeduplicatesAndIsUpdatedByItsOwner() {
        IndicatorGraph graph = new IndicatorGraph(64);
        Series slope = graph.add("linreg(close,20).slope");
        Factors factors = new Factors(graph, 20);
        assertThat(graph.nodeCount()).isEqualTo(3);
        assertThat(factors.series(3)).isSameAs(slope);
        assertThatThrownBy(() -> factors.update(0, 1, 1, 1, 1, 1)).isInstanceOf(IllegalStateException.class);
        double[] values = new double[4];
        factors.values(values);
        assertThat(values).containsOnly(Double.NaN);
    }
}
