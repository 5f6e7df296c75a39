package dev.tradewind.engine;

import dev.tradewind.engine.sim.SimulatedVenue;
import dev.tradewind.indicators.IndicatorCache;
import dev.tradewind.indicators.IndicatorRegistry;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.EquityCurve;
import dev.tradewind.model.ExecutionNotes;
import dev.tradewind.model.LogLine;
import dev.tradewind.model.RunSink;
import dev.tradewind.strategy.Strategy;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A kernel with one member: its run, lane and curve, and either a simulated venue behind a desk or an exchange's
 * client. What a backtest's replay and a paper or live event loop both drive.
 */
final class Single {
    final SimulatedVenue venue;
    final Run run;
    final EquityCurve curve;
    final Lane lane;
    final Desk desk;
    final Kernel kernel;
    private final double cash;

    /**
     * @param exchange   where orders go, or null to simulate them
     * @param knownTimes the bar times when they are known ahead (a replay), else null
     * @param reuse      a curve to write into (cleared first; it must fit the known times), or null for a new one
     */
    Single(EngineConfig config, IndicatorRegistry indicators, IndicatorCache cache, Strategy strategy,
            Map<String, String> params, ExecutionClient exchange, TimeframeSource timeframes, int capacity, long[] knownTimes,
            RunSink sink, Consumer<LogLine> console, EquityCurve reuse) {
        this.cash = config.startingCash();
        this.venue = exchange == null ? new SimulatedVenue(config) : null;
        this.run = new Run(config, strategy, params, exchange == null ? venue : exchange, timeframes, capacity, cache, indicators);
        if (venue != null) run.liquidateWith(venue);
        run.sinkTo(sink, console);
        boolean margin = config.instrument().isFuture();
        if (reuse != null && !reuse.fits(knownTimes, margin)) throw new IllegalArgumentException("the curve to reuse is not of these bars");
        if (reuse != null) reuse.clear();
        this.curve = reuse != null ? reuse : new EquityCurve(capacity, knownTimes, margin);
        if (reuse != null) run.writeIndicatorsInto(reuse);
        this.lane = new Lane("", run, curve, cash, strategy.onBarDuringWarmup());
        this.desk = venue == null ? null : new Desk.Direct(venue);
        this.kernel = new Kernel(new Lane[] {lane}, desk == null ? new Desk[0] : new Desk[] {desk}, null, config.zone(), null,
                cash);
    }

    BacktestResult result() {
        return run.result(lane.warmup, curve, cash, venue == null ? ExecutionNotes.NONE : venue.slippageNotes());
    }
}
