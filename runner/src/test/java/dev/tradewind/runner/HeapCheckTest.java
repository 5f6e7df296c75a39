package dev.tradewind.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.UserError;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HeapCheckTest {
    @Test
    void refusesOnlyWhatCannotFit() {
        long need = HeapCheck.need(10_000_000);
        assertThatCode(() -> HeapCheck.require("x.csv", 10_000_000, true, need)).doesNotThrowAnyException();
        assertThatCode(() -> HeapCheck.require("x.csv", -1, true, 1)).as("unknown").doesNotThrowAnyException();
        assertThatCode(() -> HeapCheck.require("x.csv", 1L << 40, true, Long.MAX_VALUE)).as("no limit").doesNotThrowAnyException();
        assertThatThrownBy(() -> HeapCheck.require("x.csv", 10_000_000, true, need - 1)).isInstanceOf(UserError.class)
                .hasMessage(String.format(Locale.ROOT, "x.csv: about 10,000,000 bars need at least %,d MB of heap to "
                        + "backtest, and this JVM may use %,d MB: run with JAVA_TOOL_OPTIONS=-Xmx%dg (or fewer bars with "
                        + "--from/--to)", need >> 20, need - 1 >> 20, (need + (1L << 30) - 1 >> 30) + 1));
        assertThatThrownBy(() -> HeapCheck.require("catalog:BTC:1m", 50_000_000, false, 1L << 30))
                .hasMessageStartingWith("catalog:BTC:1m: 50,000,000 bars need at least ");
    }

    @Test
    void theNeedGrowsWithTheBars() {
        assertThat(HeapCheck.need(0)).isEqualTo(HeapCheck.BASE_BYTES);
        assertThat(HeapCheck.need(1_000_000) - HeapCheck.need(0)).isEqualTo(1_000_000 * HeapCheck.BYTES_PER_BAR);
    }
}
