package dev.tradewind.indicators.momentum;

/** Momentum {@code x - x[n]} (TA-Lib MOM); lookback {@code n}. */
public final class Momentum extends LagComparison {
    public Momentum(int period) { super(period); }

    @Override double compare(double x, double past) { return x - past; }
}
