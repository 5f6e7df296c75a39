package dev.tradewind.indicators.momentum;

/** Rate of change in percent, {@code 100 (x / x[n] - 1)} (TA-Lib ROC; 0 when {@code x[n] == 0}); lookback {@code n}. */
public final class Roc extends LagComparison {
    public Roc(int period) { super(period); }

    @Override double compare(double x, double past) { return past != 0 ? 100 * (x / past - 1) : 0; }
}
