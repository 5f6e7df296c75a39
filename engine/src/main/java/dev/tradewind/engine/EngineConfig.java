package dev.tradewind.engine;

import dev.tradewind.model.Instrument;
import java.time.ZoneId;

/**
 * The settings of one run.
 *
 * @param instrument   what is traded
 * @param startingCash initial cash
 * @param commission   fees per fill
 * @param slippageBps  market and stop fills are worsened by this many basis points (limit fills are not)
 * @param fillMode     when market orders sent in onBar execute
 * @param zone         time zone whose midnight ends a DAY order
 */
public record EngineConfig(Instrument instrument, double startingCash, Commission commission, double slippageBps,
        FillMode fillMode, ZoneId zone) {

    public EngineConfig {
        if (!(startingCash > 0)) throw new IllegalArgumentException("starting cash must be > 0");
        if (!(slippageBps >= 0)) throw new IllegalArgumentException("slippage must be >= 0");
    }

    /** Defaults: no commission, no slippage, next-open fills, UTC days. */
    public static EngineConfig of(Instrument instrument, double startingCash) {
        return new EngineConfig(instrument, startingCash, Commission.NONE, 0, FillMode.NEXT_OPEN, ZoneId.of("UTC"));
    }

    public EngineConfig withCommission(Commission c) { return new EngineConfig(instrument, startingCash, c, slippageBps, fillMode, zone); }
    public EngineConfig withSlippageBps(double bps) { return new EngineConfig(instrument, startingCash, commission, bps, fillMode, zone); }
    public EngineConfig withFillMode(FillMode m) { return new EngineConfig(instrument, startingCash, commission, slippageBps, m, zone); }
}
