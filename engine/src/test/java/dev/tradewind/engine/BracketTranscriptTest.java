package dev.tradewind.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Side;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Brackets: children wait for the entry, take its filled size, cancel each other; the same-bar policies. */
class BracketTranscriptTest {
    static final long DAY = 86_400_000_000_000L;
    static final long T0 = 19_723L * DAY;
    static final Instrument SPOT = new Instrument("TEST", Instrument.Kind.SPOT, 0.01, 1, 1, 1, 0.5, 0);
    static final BarSeries BARS = Scripted.series(T0, DAY,
            new double[] {100, 101, 99, 100},
            new double[] {100, 101, 99, 100},
            new double[] {100, 106, 94, 100},
            new double[] {100, 101, 99, 100});

    private static Scripted bracket() {
        return new Scripted().at(0, c -> c.order(Side.BUY, 1).stopLoss(95).takeProfit(103.5).submit());
    }

    private static Scripted run(SameBarPolicy policy, BarSeries lower) {
        Scripted s = bracket();
        EngineConfig config = EngineConfig.of(SPOT, 10_000).withExecution(Execution.DEFAULT.withSameBar(policy, lower));
        new Engine(config).backtest(s, Map.of(), BARS);
        return s;
    }

    private static final String[] ENTRY = {
        "bar 0 #1 accepted",
        "bar 1 #1 filled BUY 1.0 @ 100.0 fee 0.0",
        "bar 1 #2 accepted",
        "bar 1 #3 accepted"};

    @Test
    void stopFirstTakesTheStopWhenOneBarReachesBoth() {
        assertThat(run(SameBarPolicy.STOP_FIRST, null).events).containsExactly(concat(ENTRY,
                "bar 2 #2 filled SELL 1.0 @ 95.0 fee 0.0",
                "bar 2 trade BUY 1.0 100.0 -> 95.0 net -5.0 bars 1",
                "bar 2 #3 canceled"));
    }

    @Test
    void targetFirstTakesTheTarget() {
        assertThat(run(SameBarPolicy.TARGET_FIRST, null).events).containsExactly(concat(ENTRY,
                "bar 2 #3 filled SELL 1.0 @ 103.5 fee 0.0",
                "bar 2 trade BUY 1.0 100.0 -> 103.5 net 3.5 bars 1",
                "bar 2 #2 canceled"));
    }

    @Test
    void nearestToOpenTakesTheTargetThreeAndAHalfAwayOverTheStopFiveAway() {
        assertThat(run(SameBarPolicy.NEAREST_TO_OPEN, null).events).containsExactly(concat(ENTRY,
                "bar 2 #3 filled SELL 1.0 @ 103.5 fee 0.0",
                "bar 2 trade BUY 1.0 100.0 -> 103.5 net 3.5 bars 1",
                "bar 2 #2 canceled"));
    }

    @Test
    void lowerTimeframeReplaysTheBarFromInside() {
        long h6 = DAY / 4;
        BarSeries downFirst = Scripted.series(T0 + 2 * DAY, h6,
                new double[] {100, 101, 94, 95}, new double[] {95, 106, 95, 105}, new double[] {105, 105, 100, 100},
                new double[] {100, 100, 100, 100});
        BarSeries upFirst = Scripted.series(T0 + 2 * DAY, h6,
                new double[] {100, 104, 99, 103}, new double[] {103, 103, 94, 96}, new double[] {96, 106, 96, 100},
                new double[] {100, 100, 100, 100});
        assertThat(run(SameBarPolicy.LOWER_TIMEFRAME, downFirst).events).contains("bar 2 #2 filled SELL 1.0 @ 95.0 fee 0.0");
        assertThat(run(SameBarPolicy.LOWER_TIMEFRAME, upFirst).events).contains("bar 2 #3 filled SELL 1.0 @ 103.5 fee 0.0");
    }

    @Test
    void childrenFollowAPartiallyFillingEntry() {
        BarSeries bars = Scripted.series(T0, DAY,
                new double[] {100, 101, 99, 100, 100},
                new double[] {100, 101, 99, 100, 100},
                new double[] {101, 102, 100, 101, 100},
                new double[] {102, 103, 101, 102, 100},
                new double[] {102, 103, 101, 102, 100});
        Scripted s = new Scripted().at(0, c -> c.order(Side.BUY, 25).stopLoss(90).takeProfit(120).submit());
        EngineConfig config = EngineConfig.of(SPOT, 10_000).withExecution(Execution.DEFAULT.withVolumeShare(0.1));
        new Engine(config).backtest(s, Map.of(), bars);
        assertThat(s.events).containsExactly(
                "bar 0 #1 accepted",
                "bar 1 #1 filled BUY 10.0 @ 100.0 fee 0.0",
                "bar 1 #2 accepted", "bar 1 #2 updated to 10.0",
                "bar 1 #3 accepted", "bar 1 #3 updated to 10.0",
                "bar 2 #1 filled BUY 10.0 @ 101.0 fee 0.0",
                "bar 2 #2 updated to 20.0", "bar 2 #3 updated to 20.0",
                "bar 3 #1 filled BUY 5.0 @ 102.0 fee 0.0",
                "bar 3 #2 updated to 25.0", "bar 3 #3 updated to 25.0");
    }

    @Test
    void exitingByItselfCancelsTheProtectiveOrders() {
        Scripted s = bracket().at(1, c -> c.sell(1));
        BarSeries calm = Scripted.series(T0, DAY, new double[] {100, 101, 99, 100}, new double[] {100, 101, 99, 100},
                new double[] {100, 101, 99, 100}, new double[] {100, 101, 99, 100});
        new Engine(EngineConfig.of(SPOT, 10_000)).backtest(s, Map.of(), calm);
        assertThat(s.events).containsSubsequence("bar 2 #4 filled SELL 1.0 @ 100.0 fee 0.0", "bar 2 #2 canceled",
                "bar 2 #3 canceled");
    }

    @Test
    void cancellingAnUnfilledEntryCancelsItsChildren() {
        Scripted s = new Scripted().at(0, c -> c.order(Side.BUY, 1).limit(50).stopLoss(45).takeProfit(60).submit())
                .at(1, c -> c.cancel(1));
        new Engine(EngineConfig.of(SPOT, 10_000)).backtest(s, Map.of(), BARS);
        assertThat(s.events).containsExactly("bar 0 #1 accepted", "bar 1 #1 canceled", "bar 1 #2 canceled", "bar 1 #3 canceled");
    }

    private static String[] concat(String[] head, String... tail) {
        String[] out = new String[head.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }
}
