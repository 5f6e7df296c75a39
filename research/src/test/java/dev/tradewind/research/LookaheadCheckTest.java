package dev.tradewind.research;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.examples.Builtins;
import dev.tradewind.runner.Desks;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LookaheadCheckTest {

    /**
     * Every built-in on data it can trade: the spot ones on FIL/USDT minutes, the option and futures ones on the S&P 500
     * closes from 2016 (where their declared desks' calendars list contracts) with 100,000 cash, with the desk each
     * declares, so they send real orders to be compared.
     */
    @Test
    void builtInStrategiesPass() {
        StrategyRunner fil = Fixtures.fil("sma-cross");
        for (var e : Builtins.all().entrySet()) {
            boolean desk = Desks.any(null, e.getKey());
            StrategyRunner r;
            if (desk) {
                StrategyRunner spx = Fixtures.spx(e.getKey()); // what check-lookahead --data sp500-2000.csv.gz builds
                assertThat(spx.desk().config()).as(e.getKey()).isNotNull();
                assertThat(spx.data().bars().time()[0]).as(e.getKey() + ": from the calendar's start")
                        .isGreaterThanOrEqualTo(java.time.LocalDate.of(2015, 1, 1).toEpochDay() * 86_400_000_000_000L);
                r = spx.on(spx.data().withCash(100_000));
                assertThat(r.run(Map.of()).result().fills()).as(e.getKey() + " trades contracts").hasSizeGreaterThan(10);
            } else {
                r = new StrategyRunner(e.getValue(), fil.data(), PeriodReturns.daily());
                assertThat(r.desk()).isEqualTo(Desks.Resolved.NONE);
            }
            LookaheadCheck.Result result = LookaheadCheck.run(r, Map.of(), 6, 2, null);
            assertThat(result.differences()).as(e.getKey()).isEmpty();
            assertThat(result.repeatable()).as(e.getKey()).isTrue();
            assertThat(result.compared()).isGreaterThan(0);
        }
        assertThat(Builtins.all().keySet()).contains("short-straddle", "iron-condor", "rolled-futures");
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
