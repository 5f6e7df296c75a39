package dev.tradewind.metrics;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunInputTest {
    private static final long[] T = {1, 2};
    private static final double[] E = {100, 101};
    private static final boolean[] P = {false, true};

    @Test
    void rejectsInvalidInputWithTheOffendingValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RunInput(T, E, P, 3, List.of(), 100, 100))
                .withMessageContaining("n=3");
        assertThatIllegalArgumentException().isThrownBy(() -> new RunInput(T, E, P, List.of(), 0, 100))
                .withMessageContaining("startingCash");
        assertThatIllegalArgumentException().isThrownBy(() -> new RunInput(T, E, P, List.of(), 100, Double.NaN))
                .withMessageContaining("finalCash");
        assertThatIllegalArgumentException().isThrownBy(
                () -> new RunInput(T, new double[] {100, Double.NaN}, P, List.of(), 100, 100))
                .withMessageContaining("equity[1]");
        assertThatIllegalArgumentException().isThrownBy(
                () -> new RunInput(new long[] {2, 2}, E, P, List.of(), 100, 100))
                .withMessageContaining("time[1]=2");
        assertThatIllegalArgumentException().isThrownBy(
                () -> new RunInput(T, E, P, Runs.trades(1, Double.POSITIVE_INFINITY), 100, 100))
                .withMessageContaining("trades[1]");
    }

    @Test
    void onlyTheFirstNElementsAreValidated() {
        RunInput run = new RunInput(new long[] {1, 0}, new double[] {100, Double.NaN}, P, 1, List.of(), 100, 100);
        assertThat(run.finalEquity()).isEqualTo(100);
    }

    @Test
    void optionsRejectBadValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StatisticsOptions(null, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new StatisticsOptions(ZoneOffset.UTC, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> new StatisticsOptions(ZoneOffset.UTC, Double.NaN));
    }
}
