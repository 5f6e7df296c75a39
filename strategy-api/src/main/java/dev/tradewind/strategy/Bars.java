package dev.tradewind.strategy;

/**
 * The bars seen so far, as primitive arrays. Only indices {@code 0 .. size()-1} are valid; the arrays may be
 * longer (preallocated) and their tail holds no future data. The newest bar is at {@code size() - 1}.
 * Arrays may be replaced when the history grows: read them again after each bar rather than keeping them.
 */
public interface Bars {
    int size();
    long[] time();
    double[] open();
    double[] high();
    double[] low();
    double[] close();
    double[] volume();

    /** The close {@code barsAgo} bars back (0 = current); NaN before the first bar. */
    default double close(int barsAgo) {
        int i = size() - 1 - barsAgo;
        return i >= 0 ? close()[i] : Double.NaN;
    }
}
