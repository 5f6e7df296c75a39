package dev.tradewind.engine;

/**
 * Guards on new entries. An entry is an order that opens or increases a position (or reverses it); exits and
 * protective orders are never blocked. Refused entries are rejected with the reason and recorded as signals.
 *
 * @param maxDrawdownPercent  halt entries for the rest of the run once equity is this far below its peak (0: off)
 * @param flattenOnHalt       also close the position when the drawdown halt starts
 * @param maxPositionUnits    largest absolute position in units after an entry fills (0: off)
 * @param maxPositionNotional largest absolute position value after an entry fills (0: off)
 * @param maxOpenPositions    most symbols with an open account position at once (0: off); a single run trades one
 *                            instrument, so this takes effect in portfolio runs, where an order opening one more
 *                            symbol is rejected and recorded as a compliance action
 * @param dailyLossPercent    block entries for the rest of the day once equity is this far below the day's start (0: off)
 * @param signalsPer          at most one entry signal per this calendar period; later ones are throttled
 */
public record RiskLimits(double maxDrawdownPercent, boolean flattenOnHalt, double maxPositionUnits,
        double maxPositionNotional, int maxOpenPositions, double dailyLossPercent, Period signalsPer) {

    /** Calendar periods for throttling and blocking, in the run's zone. */
    public enum Period { NONE, DAY, WEEK, MONTH }

    public static final RiskLimits NONE = new RiskLimits(0, false, 0, 0, 0, 0, Period.NONE);

    public RiskLimits {
        if (!(maxDrawdownPercent >= 0) || !(maxPositionUnits >= 0) || !(maxPositionNotional >= 0) || maxOpenPositions < 0
                || !(dailyLossPercent >= 0) || signalsPer == null) {
            throw new IllegalArgumentException("risk limits must be >= 0");
        }
    }

    public RiskLimits withMaxDrawdown(double pct, boolean flatten) { return new RiskLimits(pct, flatten, maxPositionUnits, maxPositionNotional, maxOpenPositions, dailyLossPercent, signalsPer); }
    public RiskLimits withMaxPosition(double units, double notional) { return new RiskLimits(maxDrawdownPercent, flattenOnHalt, units, notional, maxOpenPositions, dailyLossPercent, signalsPer); }
    public RiskLimits withMaxOpenPositions(int n) { return new RiskLimits(maxDrawdownPercent, flattenOnHalt, maxPositionUnits, maxPositionNotional, n, dailyLossPercent, signalsPer); }
    public RiskLimits withDailyLoss(double pct) { return new RiskLimits(maxDrawdownPercent, flattenOnHalt, maxPositionUnits, maxPositionNotional, maxOpenPositions, pct, signalsPer); }
    public RiskLimits withSignalsPer(Period p) { return new RiskLimits(maxDrawdownPercent, flattenOnHalt, maxPositionUnits, maxPositionNotional, maxOpenPositions, dailyLossPercent, p); }
}
