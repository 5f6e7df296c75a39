package dev.tradewind.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Side;
import dev.tradewind.model.Times;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reproduces a published backtrader result: its unoptimized-strategy test on 2006-day-001.txt, starting cash 10,000,
 * no commission, size 1, buy when the close crosses above SMA(15), close when it crosses below, market orders at the
 * next open. backtrader reports final value 10284.10, cash 6164.16, 12 buys and 11 sells, the first buy at 3643.35 on
 * 2006-01-27 and the last at 4052.55 on 2006-12-12.
 */
class BacktraderParityTest {

    @Test
    void smaCloseCrossMatchesBacktrader() throws Exception {
        var bars = Runs.load("2006-day-001.txt");
        EngineConfig config = EngineConfig.of(new Instrument(bars.symbol(), Instrument.Kind.SPOT, 0.01, 1, 1, 1), 10_000);
        BacktestResult r = Runs.run(SmaCross.class, Map.of("fast", "1", "slow", "15", "units", "1"), bars, config);

        assertThat(r.finalEquity()).isCloseTo(10284.10, within(0.005));
        assertThat(r.finalCash()).isCloseTo(6164.16, within(0.005));
        List<Fill> buys = r.fills().stream().filter(f -> f.side() == Side.BUY).toList();
        List<Fill> sells = r.fills().stream().filter(f -> f.side() == Side.SELL).toList();
        assertThat(buys).hasSize(12);
        assertThat(sells).hasSize(11);
        assertThat(buys.get(0).price()).isEqualTo(3643.35);
        assertThat(Times.format(buys.get(0).time())).startsWith("2006-01-27");
        assertThat(buys.get(11).price()).isEqualTo(4052.55);
        assertThat(Times.format(buys.get(11).time())).startsWith("2006-12-12");
    }
}
