package dev.tradewind.engine;

import dev.tradewind.indicators.IndicatorGraph;
import dev.tradewind.indicators.Series;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import dev.tradewind.model.TimeInForce;
import dev.tradewind.model.Trade;
import dev.tradewind.strategy.Bars;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Log;
import dev.tradewind.strategy.Position;
import dev.tradewind.strategy.Strategy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The state of one run: the strategy's {@link Context} and the venue's listener. Single-threaded. */
final class Run implements Context, VenueListener {
    private final Instrument instrument;
    private final Strategy strategy;
    private final Map<String, String> params;
    private final Venue venue;
    private final BarHistory bars;
    private final IndicatorGraph graph;
    private final Portfolio portfolio;
    private final TradeTracker trades;
    private final OrderTable orders = new OrderTable();
    private final List<Fill> fills = new ArrayList<>();
    private final List<OrderEvent> events = new ArrayList<>();
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    private final RunLog log;
    private final TimeframeSource timeframeSource;
    private final java.util.Map<String, TimeframeState> timeframes = new java.util.LinkedHashMap<>();
    private final Commission commission;
    private boolean started;
    private int index = -1;
    private long time;
    private double open;
    private double high;
    private double low;
    private double close;
    private double volume;

    Run(EngineConfig config, Strategy strategy, Map<String, String> params, Venue venue, TimeframeSource timeframeSource,
            int capacity) {
        this.timeframeSource = timeframeSource;
        this.instrument = config.instrument();
        this.strategy = strategy;
        this.params = Map.copyOf(params);
        this.venue = venue;
        this.commission = config.commission();
        this.bars = new BarHistory(capacity);
        this.graph = new IndicatorGraph(capacity);
        this.trades = new TradeTracker(instrument.symbol(), pending::add);
        this.portfolio = new Portfolio(instrument, config.startingCash(), trades);
        this.log = new RunLog(() -> time);
        venue.connect(this);
    }

    /** Calls onStart and returns the warm-up the strategy's indicators need. */
    int start() {
        strategy.onStart(this);
        started = true;
        int warmup = graph.warmup();
        for (TimeframeState tf : timeframes.values()) warmup = Math.max(warmup, tf.warmupInBaseBars());
        return warmup;
    }

    /** Appends the bar, updates indicators, matches orders and notifies the strategy of what happened. */
    void openBar(long t, double o, double h, double l, double c, double v) {
        index++;
        time = t;
        open = o;
        high = h;
        low = l;
        close = c;
        volume = v;
        bars.append(t, o, h, l, c, v);
        graph.update(t, o, h, l, c, v);
        if (!timeframes.isEmpty()) {
            for (TimeframeState tf : timeframes.values()) tf.afterBaseBar(index);
        }
        venue.onBar(t, o, h, l, c, v);
        trades.onBar(h, l, portfolio.quantity(), portfolio.averagePrice(), instrument.multiplier());
        drain();
    }

    void callOnBar() {
        strategy.onBar(this);
        drain();
    }

    /** Fills orders that execute at the close, then marks the portfolio. */
    void closeBar(EquityCurve curve) {
        venue.onBarClose(time, close);
        drain();
        portfolio.mark(close);
        curve.add(time, portfolio.equity(), portfolio.cash(), portfolio.quantity());
    }

    void stop() {
        strategy.onStop(this);
        drain();
    }

    private void drain() {
        Object x;
        while ((x = pending.poll()) != null) {
            if (x instanceof OrderEvent e) strategy.onOrder(this, e);
            else strategy.onTrade(this, (Trade) x);
        }
    }

    // ---- VenueListener

    @Override
    public void onEvent(OrderEvent e) {
        orders.apply(e);
        events.add(e);
        pending.add(e);
        if (e instanceof OrderEvent.Filled f) {
            fills.add(f.fill());
            portfolio.apply(f.fill(), index);
        }
    }

    @Override
    public String checkFill(Order order, double quantity, double price) {
        return portfolio.checkFill(order.side(), quantity, price, commission.fee(quantity, price, instrument.multiplier(), true));
    }

    // ---- Context

    @Override public long time() { return time; }
    @Override public int barIndex() { return index; }
    @Override public Bars bars() { return bars; }
    @Override public double open() { return open; }
    @Override public double high() { return high; }
    @Override public double low() { return low; }
    @Override public double close() { return close; }
    @Override public double volume() { return volume; }
    @Override public Instrument instrument() { return instrument; }

    @Override
    public Series indicator(String spec) {
        if (started) throw new IllegalStateException("ask for indicators in onStart, not later: " + spec);
        return graph.add(spec);
    }

    @Override
    public Bars bars(String timeframe) { return timeframe(timeframe).history; }

    @Override
    public Series indicator(String spec, String timeframe) {
        if (started) throw new IllegalStateException("ask for indicators in onStart, not later: " + spec + " @ " + timeframe);
        return timeframe(timeframe).graph.add(spec);
    }

    private TimeframeState timeframe(String name) {
        TimeframeState tf = timeframes.get(name);
        if (tf != null) return tf;
        if (started) throw new IllegalStateException("ask for timeframes in onStart, not later: " + name);
        if (timeframeSource == null) throw new IllegalStateException("this run has no source of higher timeframes");
        tf = new TimeframeState(timeframeSource.resample(name));
        timeframes.put(name, tf);
        return tf;
    }

    @Override
    public long submit(Side side, OrderType type, double quantity, double limitPrice, double stopPrice, TimeInForce tif,
            String tag) {
        double q = instrument.roundSize(quantity);
        double lim = Double.isNaN(limitPrice) ? limitPrice : instrument.roundPrice(limitPrice);
        double stp = Double.isNaN(stopPrice) ? stopPrice : instrument.roundPrice(stopPrice);
        Order o = new Order(orders.size() + 1, instrument.symbol(), side, type, q, lim, stp, tif, time, tag == null ? "" : tag);
        orders.add(o);
        venue.submit(o);
        return o.id();
    }

    @Override public void cancel(long orderId) { venue.cancel(orderId, time); }

    @Override
    public void cancelAll() {
        for (long id : orders.openIds()) venue.cancel(id, time);
    }

    @Override
    public long flatten() {
        cancelAll();
        double q = portfolio.quantity();
        if (q == 0) return 0;
        return submit(q > 0 ? Side.SELL : Side.BUY, OrderType.MARKET, Math.abs(q), Double.NaN, Double.NaN, TimeInForce.GTC, "flatten");
    }

    @Override public int openOrders() { return orders.openCount(); }
    @Override public Position position() { return portfolio; }
    @Override public double cash() { return portfolio.cash(); }
    @Override public double equity() { return portfolio.equity(); }
    @Override public Map<String, String> params() { return params; }
    @Override public Log log() { return log; }

    BacktestResult result(int warmup, EquityCurve curve, double startingCash) {
        double last = close;
        return new BacktestResult(params, warmup, orders.records(), List.copyOf(events), List.copyOf(fills), List.copyOf(trades.closed()),
                curve.time(), curve.equity(), curve.cash(), curve.position(), startingCash,
                trades.openNetPnl(portfolio.quantity(), portfolio.averagePrice(), last, instrument.multiplier()),
                portfolio.unrealizedPnl(), portfolio.fees(), List.copyOf(log.lines()));
    }
}
