package dev.tradewind.engine;

/**
 * Margin, leverage and financing of the account.
 *
 * @param leverageCap          largest gross notional / equity after a fill (0: only the instrument's margin limits it)
 * @param borrowPercentPerYear fee on the value of a spot short position, accrued at each day boundary (UTC)
 * @param liquidationFeePercent extra fee on a liquidation fill, percent of its value
 * @param funding              perpetual-futures funding schedule
 * @param cashCheck            when the account checks it can pay for an order: at the fill only, or also at submission
 */
public record AccountRules(double leverageCap, double borrowPercentPerYear, double liquidationFeePercent, Funding funding,
        CashCheck cashCheck) {
    public static final AccountRules DEFAULT = new AccountRules(0, 0, 0, Funding.NONE, CashCheck.FILL);

    public AccountRules {
        if (!(leverageCap >= 0) || !(borrowPercentPerYear >= 0) || !(liquidationFeePercent >= 0)) {
            throw new IllegalArgumentException("account rules must be >= 0");
        }
        if (funding == null || cashCheck == null) throw new IllegalArgumentException("funding and cash check are required");
    }

    /** Rules that check cash at the fill only. */
    public AccountRules(double leverageCap, double borrowPercentPerYear, double liquidationFeePercent, Funding funding) {
        this(leverageCap, borrowPercentPerYear, liquidationFeePercent, funding, CashCheck.FILL);
    }

    public AccountRules withLeverageCap(double x) { return new AccountRules(x, borrowPercentPerYear, liquidationFeePercent, funding, cashCheck); }
    public AccountRules withBorrow(double pctPerYear) { return new AccountRules(leverageCap, pctPerYear, liquidationFeePercent, funding, cashCheck); }
    public AccountRules withLiquidationFee(double pct) { return new AccountRules(leverageCap, borrowPercentPerYear, pct, funding, cashCheck); }
    public AccountRules withFunding(Funding f) { return new AccountRules(leverageCap, borrowPercentPerYear, liquidationFeePercent, f, cashCheck); }
    public AccountRules withCashCheck(CashCheck c) { return new AccountRules(leverageCap, borrowPercentPerYear, liquidationFeePercent, funding, c); }
}
