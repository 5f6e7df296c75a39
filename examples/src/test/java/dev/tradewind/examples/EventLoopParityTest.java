package dev.tradewind.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.RunSink;
import dev.tradewind.model.Trade;
import dev.tradewind.strategy.ParamSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kernel driven by events pushed one at a time from another thread (the road of paper and live trading) trades
 * exactly as the replay of the same bars (the backtest's road, with its stored-array fast path), and streams the
 * results to its sink as they happen.
 */
class EventLoopParityTest {

    @ParameterizedTest
    @ValueSource(strings = {"opening-range-breakout", "sr-breakout"})
    void barsPushedOneAtATimeGiveTheBacktestsOrdersFillsAndEquity(String family) throws Exception {
        BarSeries bars = Families.bars("NEARUSDT", "5m");
        EngineConfig config = Families.config("NEARUSDT");
        ParamSchema schema = ParamSchema.of(Families.ALL.get(family));
        BacktestResult replayed = new Engine(config).backtest(schema.create(Map.of()), Map.of(), bars);

        List<OrderEvent> streamed = new ArrayList<>();
        List<Trade> trades = new ArrayList<>();
        long[] equityPoints = new long[1];
        RunSink sink = new RunSink() {
            @Override public void event(OrderEvent e) { streamed.add(e); }
            @Override public void trade(Trade t) { trades.add(t); }
            @Override public void equity(long time, double equity, double cash, double position) { equityPoints[0]++; }
        };
        var strategy = schema.create(Map.of());
        BacktestResult live = Runs.stepByStep(config, strategy, schema.values(strategy), bars, sink);

        assertThat(replayed.trades()).hasSizeGreaterThan(5);
        assertThat(live.ordersHash()).isEqualTo(replayed.ordersHash());
        assertThat(Transcript.of(live)).isEqualTo(Transcript.of(replayed));
        assertThat(live.equity()).containsExactly(replayed.equity());
        assertThat(live.time()).containsExactly(replayed.time());
        assertThat(streamed).isEqualTo(replayed.events());
        assertThat(trades).isEqualTo(replayed.trades());
        assertThat(equityPoints[0]).isEqualTo(bars.size());
    }
}
