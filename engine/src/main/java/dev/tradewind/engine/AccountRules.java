package dev.tradewind.engine;

/**
 * Margin, leverage and financing of the account.
 *
 * @param leverageCap          largest gross notional / equity after a fill (0: only the instrument's margin limits it)
 * @param borrowPercentPerYear fee on the value of a spot short position, accrued at each day boundary (UTC)
 * @param liquidationFeePercent extra fee on a liquidation fill, percent of its value
 * @param funding              perpetual-futures funding schedule
 */
public record AccountRules(double leverageCap, double borrowPercentPerYear, double liquidationFeePercent, Funding funding) {
    public static final AccountRules DEFAULT = new AccountRules(0, 0, 0, Funding.NONE);

    public AccountRules {
        if (!(leverageCap >= 0) || !(borrowPercentPerYear >= 0) || !(liquidationFeePercent >= 0)) {
            throw new IllegalArgumentException("account rules must be >= 0");
        }
    }

    public AccountRules withLeverageCap(double x) { return new AccountRules(x, borrowPercentPerYear, liquidationFeePercent, funding); }
    public AccountRules withBorrow(double pctPerYear) { return new AccountRules(leverageCap, pctPerYear, liquidationFeePercent, funding); }
    public AccountRules withLiquidationFee(double pct) { return new AccountRules(leverageCap, borrowPercentPerYear, pct, funding); }
    public AccountRules withFunding(Funding f) { return new AccountRules(leverageCap, borrowPercentPerYear, liquidationFeePercent, f); }
}
