package dev.tradewind.research;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.examples.Builtins;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LookaheadCheckTest {

    @Test
    void builtInStrategiesPass() {
        StrategyRunner fil = Fixtures.fil("sma-cross");
        for (var e : Builtins.all().entrySet()) {
            StrategyRunner r = new StrategyRunner(e.getValue(), fil.data(), PeriodReturns.daily());
            LookaheadCheck.Result result = LookaheadCheck.run(r, Map.of(), 6, 2, null);
            assertThat(result.differences()).as(e.getKey()).isEmpty();
            assertThat(result.repeatable()).as(e.getKey()).isTrue();
            assertThat(result.compared()).isGreaterThan(0);
        }
    }

    @Test
    void aStaticCacheOfFullDataIsCaught() {
        LeakyCacheStrategy.MEAN_CLOSE.clear();
        StrategyRunner r = new StrategyRunner(LeakyCacheStrategy.class, Fixtures.fil("sma-cross").data(), PeriodReturns.daily());
        LookaheadCheck.Result result = LookaheadCheck.run(r, Map.of(), 6, 2, null);
        assertThat(result.passed()).isFalse();
        assertThat(result.repeatable()).isFalse();
        assertThat(result.differences()).isNotEmpty();
        LookaheadCheck.Difference d = result.differences().get(0);
        assertThat(d.full()).isNotEqualTo(d.truncated());
    }

    @Test
    void cutPointsAreDistinctAndAfterTheWarmup() {
        assertThat(LookaheadCheck.cutPoints(1000, 100, 4)).containsExactly(281, 461, 640, 820);
        assertThat(LookaheadCheck.cutPoints(5, 0, 10)).isSorted().doesNotHaveDuplicates();
    }
}
