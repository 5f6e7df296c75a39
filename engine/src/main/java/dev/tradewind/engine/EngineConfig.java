package dev.tradewind.engine;

import dev.tradewind.model.Instrument;
import java.time.ZoneId;

/**
 * The settings of one run.
 *
 * @param instrument   what is traded
 * @param startingCash initial cash
 * @param commission   fees per fill
 * @param fillMode     when market orders sent in onBar execute
 * @param zone         time zone whose midnight ends a DAY order, a daily loss limit and a block "for the day"
 * @param execution    volume cap, latency, slippage and the same-bar policy
 * @param account      margin, leverage, funding and borrowing
 * @param risk         guards on new entries
 */
public record EngineConfig(Instrument instrument, double startingCash, Commission commission, FillMode fillMode,
        ZoneId zone, Execution execution, AccountRules account, RiskLimits risk) {

    public EngineConfig {
        if (!(startingCash > 0)) throw new IllegalArgumentException("starting cash must be > 0");
        if (instrument == null || commission == null || fillMode == null || zone == null || execution == null
                || account == null || risk == null) {
            throw new IllegalArgumentException("every part of the engine config is required");
        }
    }

    /** Fixed-bps slippage and defaults for the rest. */
    public EngineConfig(Instrument instrument, double startingCash, Commission commission, double slippageBps,
            FillMode fillMode, ZoneId zone) {
        this(instrument, startingCash, commission, fillMode, zone,
                Execution.DEFAULT.withSlippage(slippageBps == 0 ? SlippageModel.NONE : SlippageModel.bps(slippageBps)),
                AccountRules.DEFAULT, RiskLimits.NONE);
    }

    /** Defaults: no commission, no slippage, next-open fills, UTC days, no volume cap or latency, no limits. */
    public static EngineConfig of(Instrument instrument, double startingCash) {
        return new EngineConfig(instrument, startingCash, Commission.NONE, 0, FillMode.NEXT_OPEN, ZoneId.of("UTC"));
    }

    public EngineConfig withCommission(Commission c) { return new EngineConfig(instrument, startingCash, c, fillMode, zone, execution, account, risk); }
    public EngineConfig withFillMode(FillMode m) { return new EngineConfig(instrument, startingCash, commission, m, zone, execution, account, risk); }
    public EngineConfig withZone(ZoneId z) { return new EngineConfig(instrument, startingCash, commission, fillMode, z, execution, account, risk); }
    public EngineConfig withExecution(Execution e) { return new EngineConfig(instrument, startingCash, commission, fillMode, zone, e, account, risk); }
    public EngineConfig withAccount(AccountRules a) { return new EngineConfig(instrument, startingCash, commission, fillMode, zone, execution, a, risk); }
    public EngineConfig withRisk(RiskLimits r) { return new EngineConfig(instrument, startingCash, commission, fillMode, zone, execution, account, r); }

    /** Fixed basis-points slippage on taker fills. */
    public EngineConfig withSlippageBps(double bps) {
        return withExecution(execution.withSlippage(bps == 0 ? SlippageModel.NONE : SlippageModel.bps(bps)));
    }
}
