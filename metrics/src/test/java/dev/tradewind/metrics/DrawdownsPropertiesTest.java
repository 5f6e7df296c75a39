package dev.tradewind.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/** {@link Drawdowns#summary} (one division per stretch under water) against the per-bar definition of {@link Drawdowns#series}. */
class DrawdownsPropertiesTest {

    @Property(tries = 2000)
    void deepestDrawdownIsTheLargestOfEveryBar(@ForAll @Size(max = 60) List<@DoubleRange(min = -50, max = 150) Double> values) {
        double[] equity = values.stream().mapToDouble(Double::doubleValue).toArray();
        int n = equity.length;
        long[] t = Runs.days("2024-03-01", n);
        double expected = 0;
        for (double d : Drawdowns.series(equity, n)) expected = Math.max(expected, d);
        assertThat(Drawdowns.summary(t, equity, n).maxDrawdown()).isEqualTo(expected); // bit for bit
    }

    @Property(tries = 500)
    void repeatedValuesAndTies(@ForAll @Size(max = 40) List<@DoubleRange(min = 99, max = 101) Double> values) {
        double[] equity = values.stream().mapToDouble(v -> Math.rint(v)).toArray(); // 99, 100, 101 only: many ties
        int n = equity.length;
        double expected = 0;
        for (double d : Drawdowns.series(equity, n)) expected = Math.max(expected, d);
        assertThat(Drawdowns.summary(Runs.days("2024-03-01", n), equity, n).maxDrawdown()).isEqualTo(expected);
    }
}
