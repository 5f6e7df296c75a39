package dev.tradewind.store;

/**
 * A stored equity curve: the account at each bar close, one array element per bar.
 *
 * @param time     bar times (epoch ns)
 * @param equity   equity at each bar close
 * @param cash     cash at each bar close
 * @param position signed position size at each bar close
 */
public record StoredEquity(long[] time, double[] equity, double[] cash, double[] position) {
    public int size() { return time.length; }
}
