package dev.tradewind.engine;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;

/** A {@link Feed} over an in-memory {@link BarSeries}. */
public final class SeriesFeed implements Feed {
    private final Instrument instrument;
    private final long[] time;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final int size;
    private final BarSeries bars;
    private int i = -1;

    public SeriesFeed(BarSeries bars, Instrument instrument) {
        this.instrument = instrument;
        this.bars = bars;
        this.time = bars.time();
        this.open = bars.open();
        this.high = bars.high();
        this.low = bars.low();
        this.close = bars.close();
        this.volume = bars.volume();
        this.size = bars.size();
    }

    @Override public Instrument instrument() { return instrument; }
    @Override public int sizeHint() { return size; }
    @Override public BarSeries stored() { return bars; }
    @Override public boolean next() { return ++i < size; }
    @Override public long time() { return time[i]; }
    @Override public double open() { return open[i]; }
    @Override public double high() { return high[i]; }
    @Override public double low() { return low[i]; }
    @Override public double close() { return close[i]; }
    @Override public double volume() { return volume[i]; }
}
