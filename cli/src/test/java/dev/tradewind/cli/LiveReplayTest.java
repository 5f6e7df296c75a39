package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.live.binance.FakeExchange;
import dev.tradewind.live.binance.trade.FakeSpot;
import dev.tradewind.model.Fill;
import dev.tradewind.runner.Json;
import dev.tradewind.store.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live run (against the fake Binance) is replayed as a backtest of the bars it saw, as a paper run is: its market
 * orders match the backtest's one for one, and the slippage reported is exactly the exchange's fill price against the
 * next bar's open the backtest filled at, for the quantities the exchange filled.
 */
class LiveReplayTest {
    private static final String STRATEGY = """
            import dev.tradewind.strategy.Context;
            import dev.tradewind.strategy.Strategy;

            public class TwoTrades implements Strategy {
                private int seen;

                @Override
                public void onBar(Context ctx) {
                    seen++;
                    if (seen == 1) ctx.buy(20);
                    if (seen == 4) ctx.sell(20);
                }
            }
            """;

    @Test
    void aLiveRunReplaysToItsFillsAgainstTheBacktestsOpens(@TempDir Path dir) throws Exception {
        Path strategy = dir.resolve("TwoTrades.java");
        Files.writeString(strategy, STRATEGY);
        try (FakeExchange md = new FakeExchange(FakeExchange.filUsdt(20)); FakeSpot spot = new FakeSpot(LiveCommandTest.KEY, LiveCommandTest.SECRET)) {
            spot.price("4.150");
            LiveCommandTest.closes(md, 0, 6);
            List<String> args = LiveCommandTest.args(md, spot, dir, "--strategy", strategy.toString(), "--from",
                    LiveCommandTest.time(md, 1), "--bars", "6");
            CliRun.of(args.toArray(String[]::new)).ok();
            assertThat(spot.orders()).hasSize(2);

            CliRun r = CliRun.of("replay", "1", "--store", dir.resolve("runs.db").toString(), "--catalog",
                    dir.resolve("catalog").toString(), "--json").ok();
            JsonNode s = Json.MAPPER.readTree(r.out());
            assertThat(s.at("/orders/matched").asInt()).as(r.out()).isEqualTo(2);
            assertThat(s.at("/orders/only_live").asInt() + s.at("/orders/only_backtest").asInt()).isZero();
            assertThat(s.at("/fills/matched").asInt()).isEqualTo(2);
            // the backtest fills each market order at the next bar's open; the fake exchange filled both at 4.150, for
            // the quantities it reports (a commission in the base asset comes off the bought quantity)
            List<Fill> live;
            int bars;
            try (RunStore store = RunStore.open(dir.resolve("runs.db").toString())) {
                live = store.fills(1);
                bars = store.equity(1).size();
            }
            assertThat(live).hasSize(2).allMatch(f -> f.price() == 4.150);
            double buyOpen = Double.parseDouble(md.klines().get(2).o());
            double sellOpen = Double.parseDouble(md.klines().get(5).o());
            double slippage = live.get(0).quantity() * (4.150 - buyOpen) + live.get(1).quantity() * (sellOpen - 4.150);
            assertThat(s.at("/slippage/total").asDouble()).isCloseTo(slippage, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(s.at("/equity/bars").asInt()).isEqualTo(bars).isEqualTo(6); // --bars 6: six bars stepped and stored
        }
    }
}
