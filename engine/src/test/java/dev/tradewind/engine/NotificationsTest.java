package dev.tradewind.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.Trade;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Order events and closed trades are queued only for a strategy with an onOrder or onTrade of its own (its class, a
 * superclass, or an interface's default): whichever way it has one, it hears every event and trade, in order; one
 * without them trades exactly the same.
 */
class NotificationsTest {
    private static final Instrument SPOT = new Instrument("TEST", Instrument.Kind.SPOT, 0.01, 1, 1, 1);
    private static final BarSeries BARS = Scripted.bars(
            new double[] {100, 102, 99, 101}, new double[] {101, 105, 100, 104}, new double[] {95, 97, 90, 96},
            new double[] {110, 112, 108, 111}, new double[] {111, 113, 109, 112}, new double[] {112, 114, 110, 113});

    /** Buys on even bars and sells on odd ones; hears nothing. */
    static class Trader implements Strategy {
        @Override
        public void onBar(Context ctx) {
            if (ctx.barIndex() % 2 == 0) ctx.buy(1);
            else ctx.flatten();
        }
    }

    /** The same, hearing through overrides of its own (a subclass). */
    static final class Listener extends Trader {
        final List<String> heard = new ArrayList<>();

        @Override
        public void onOrder(Context ctx, OrderEvent e) { heard.add("#" + e.orderId() + " " + e.status()); }

        @Override
        public void onTrade(Context ctx, Trade t) { heard.add("trade " + t.netPnl()); }
    }

    /** An interface whose defaults hear: a strategy implementing it has them without declaring any. */
    interface Hearing extends Strategy {
        List<String> heard();

        @Override
        default void onOrder(Context ctx, OrderEvent e) { heard().add("#" + e.orderId() + " " + e.status()); }

        @Override
        default void onTrade(Context ctx, Trade t) { heard().add("trade " + t.netPnl()); }
    }

    static final class ByDefault extends Trader implements Hearing {
        final List<String> heard = new ArrayList<>();

        @Override
        public List<String> heard() { return heard; }
    }

    private static BacktestResult run(Strategy s) { return new Engine(EngineConfig.of(SPOT, 10_000)).backtest(s, Map.of(), BARS); }

    @Test
    void aStrategyThatListensHearsEverythingAndOneThatDoesNotTradesTheSame() {
        Listener listener = new Listener();
        BacktestResult heard = run(listener);
        ByDefault byDefault = new ByDefault();
        BacktestResult viaInterface = run(byDefault);
        BacktestResult silent = run(new Trader());

        List<String> expected = new ArrayList<>();
        for (OrderEvent e : heard.events()) expected.add("#" + e.orderId() + " " + e.status());
        assertThat(heard.trades()).isNotEmpty();
        assertThat(listener.heard).filteredOn(h -> h.startsWith("#")).containsExactlyElementsOf(expected);
        assertThat(listener.heard).filteredOn(h -> h.startsWith("trade")).hasSize(heard.trades().size());
        assertThat(byDefault.heard).containsExactlyElementsOf(listener.heard);
        for (BacktestResult r : List.of(viaInterface, silent)) {
            assertThat(r.ordersHash()).isEqualTo(heard.ordersHash());
            assertThat(r.events()).isEqualTo(heard.events());
            assertThat(r.trades()).isEqualTo(heard.trades());
            assertThat(r.finalEquity()).isEqualTo(heard.finalEquity());
        }
    }
}
