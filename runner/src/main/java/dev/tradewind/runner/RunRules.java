package dev.tradewind.runner;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Execution, account and risk rules of a run, as written in config.json (every field has a "off" default).
 *
 * @param volumeShare        cap on the share of a bar's volume one order takes (0: none)
 * @param latencyBars        extra bars before an order can fill
 * @param latencyMs          time before an order can fill, in milliseconds
 * @param slippage           slippage model instead of slippage_bps: {@code bps:N}, {@code spread:X}, {@code atr:K},
 *                           {@code sqrt:K} (null: slippage_bps)
 * @param sameBar            stop-first, target-first or nearest-to-open
 * @param leverageCap        gross notional / equity cap (0: none)
 * @param borrowPercent      yearly fee on spot shorts, percent
 * @param liquidationFeePercent extra fee on liquidation fills, percent
 * @param fundingRate        constant funding rate per funding for futures (0: none)
 * @param fundingHours       hours between fundings
 * @param maxDrawdownPercent halt entries at this drawdown (0: off)
 * @param flattenOnHalt      also close the position at the halt
 * @param dailyLossPercent   block entries for the day at this loss (0: off)
 * @param maxPositionUnits   largest position in units (0: off)
 * @param maxPositionNotional largest position value (0: off)
 * @param signalsPer         at most one entry signal per none, day, week or month
 * @param cashCheck          when the account checks it can pay for an order: fill (default) or submit (also at the
 *                           signal bar's close, as backtrader); null reads as fill
 */
public record RunRules(
        @JsonProperty("volume_share") double volumeShare,
        @JsonProperty("latency_bars") int latencyBars,
        @JsonProperty("latency_ms") long latencyMs,
        String slippage,
        @JsonProperty("same_bar") String sameBar,
        @JsonProperty("leverage_cap") double leverageCap,
        @JsonProperty("borrow_percent") double borrowPercent,
        @JsonProperty("liquidation_fee_percent") double liquidationFeePercent,
        @JsonProperty("funding_rate") double fundingRate,
        @JsonProperty("funding_hours") double fundingHours,
        @JsonProperty("max_drawdown_percent") double maxDrawdownPercent,
        @JsonProperty("flatten_on_halt") boolean flattenOnHalt,
        @JsonProperty("daily_loss_percent") double dailyLossPercent,
        @JsonProperty("max_position_units") double maxPositionUnits,
        @JsonProperty("max_position_notional") double maxPositionNotional,
        @JsonProperty("signals_per") String signalsPer,
        @JsonProperty("cash_check") String cashCheck) {

    public static final RunRules DEFAULT = new RunRules(0, 0, 0, null, "stop-first", 0, 0, 0, 0, 8, 0, false, 0, 0, 0, "none",
            "fill");

    /** Rules that check cash at the fill only. */
    public RunRules(double volumeShare, int latencyBars, long latencyMs, String slippage, String sameBar, double leverageCap,
            double borrowPercent, double liquidationFeePercent, double fundingRate, double fundingHours,
            double maxDrawdownPercent, boolean flattenOnHalt, double dailyLossPercent, double maxPositionUnits,
            double maxPositionNotional, String signalsPer) {
        this(volumeShare, latencyBars, latencyMs, slippage, sameBar, leverageCap, borrowPercent, liquidationFeePercent,
                fundingRate, fundingHours, maxDrawdownPercent, flattenOnHalt, dailyLossPercent, maxPositionUnits,
                maxPositionNotional, signalsPer, "fill");
    }
}
