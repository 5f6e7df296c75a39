package dev.tradewind.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.strategy.Bars;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Strategy;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bar history a strategy reads holds exactly the bars seen so far, whenever it first asks for it. */
class HistoryTest {
    static final class Reader implements Strategy {
        final int from;
        boolean checked;

        Reader(int from) { this.from = from; }

        @Override
        public void onBar(Context ctx) {
            if (ctx.barIndex() < from) return;
            Bars b = ctx.bars();
            assertThat(b.size()).isEqualTo(ctx.barIndex() + 1);
            assertThat(b.close()[b.size() - 1]).isEqualTo(ctx.close());
            assertThat(b.close(0)).isEqualTo(ctx.close());
            checked = true;
        }
    }

    @Test
    void historyAskedForLateHoldsEveryBarSeenAndNoMore() {
        BarSeries bars = LedgerPropertiesTest.randomBars(3, 500);
        for (int from : new int[] {0, 1, 250, 499}) {
            Reader r = new Reader(from);
            new Engine(EngineConfig.of(Instrument.spot("X"), 1000)).backtest(r, Map.of(), bars);
            assertThat(r.checked).isTrue();
        }
        Strategy copy = new Strategy() {
            @Override
            public void onBar(Context ctx) {
                if (ctx.barIndex() != 300) return;
                Bars b = ctx.bars();
                assertThat(Arrays.copyOf(b.time(), b.size())).isEqualTo(Arrays.copyOf(bars.time(), 301));
                assertThat(Arrays.copyOf(b.high(), b.size())).isEqualTo(Arrays.copyOf(bars.high(), 301));
                assertThat(Arrays.copyOf(b.volume(), b.size())).isEqualTo(Arrays.copyOf(bars.volume(), 301));
                for (int i = 301; i < b.close().length; i++) assertThat(b.close()[i]).isZero();
            }
        };
        new Engine(EngineConfig.of(Instrument.spot("X"), 1000)).backtest(copy, Map.of(), bars);
    }
}
