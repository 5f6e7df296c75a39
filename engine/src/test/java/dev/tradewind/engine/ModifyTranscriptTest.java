package dev.tradewind.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Modifying working orders through {@code ctx.modify}: what changes, what is refused, and how the venue then fills. */
class ModifyTranscriptTest {
    private static final Instrument SPOT = new Instrument("TEST", Instrument.Kind.SPOT, 0.01, 1, 1, 1);
    private static final long MIN = 60_000_000_000L;

    @Test
    void aModifiedLimitFillsAtItsNewPriceAndSizeAndImpossibleChangesAreRefused() {
        BarSeries bars = Scripted.series(0, MIN,
                new double[] {100, 101, 99, 100, 10},
                new double[] {100, 102, 99, 101, 10},
                new double[] {101, 103, 100, 102, 10},
                new double[] {102, 104, 101, 103, 10});
        List<Boolean> answers = new ArrayList<>();
        Scripted s = new Scripted()
                .at(0, ctx -> ctx.buyLimit(2, 95))
                .at(1, ctx -> answers.add(ctx.modify(1, 3, 100.5, Double.NaN)))
                .at(1, ctx -> answers.add(ctx.modify(1, Double.NaN, Double.NaN, 99))) // a limit order has no stop
                .at(1, ctx -> answers.add(ctx.modify(1, 0, Double.NaN, Double.NaN))) // nothing left to work
                .at(1, ctx -> answers.add(ctx.modify(7, 1, 1, Double.NaN))) // no such order
                .at(3, ctx -> answers.add(ctx.modify(1, 5, Double.NaN, Double.NaN))); // it has filled
        BacktestResult r = new Engine(EngineConfig.of(SPOT, 10_000)).backtest(s, Map.of(), bars);

        assertThat(answers).containsExactly(true, false, false, false, false);
        assertThat(s.events).containsExactly(
                "bar 0 #1 accepted",
                "bar 1 #1 modified to 3.0 limit 100.5 stop NaN",
                // bar 2 opens at 101 and trades down to 100: the new limit 100.5 is reached
                "bar 2 #1 filled BUY 3.0 @ 100.5 fee 0.0");
        assertThat(r.orders().get(0).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(r.orders().get(0).order().limitPrice()).isEqualTo(100.5);
        assertThat(r.orders().get(0).order().quantity()).isEqualTo(3);
        assertThat(r.log()).anyMatch(l -> l.message().equals("modify of order 1 refused: a LIMIT order has no stop price"))
                .anyMatch(l -> l.message().equals("modify of order 7 refused: there is no such order"))
                .anyMatch(l -> l.message().equals("modify of order 1 refused: it is filled"));
    }
}
