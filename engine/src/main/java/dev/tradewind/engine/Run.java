package dev.tradewind.engine;

import dev.tradewind.model.EquityCurve;

import dev.tradewind.engine.account.Portfolio;
import dev.tradewind.engine.account.TradeTracker;
import dev.tradewind.engine.account.Financing;
import dev.tradewind.engine.account.RiskGate;
import dev.tradewind.engine.account.EntryChecks;
import dev.tradewind.engine.account.PeriodPnl;
import dev.tradewind.engine.sim.SimulatedVenue;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.LogLine;
import dev.tradewind.model.LedgerEntry;
import dev.tradewind.model.ExecutionNotes;
import dev.tradewind.model.RunSink;
import dev.tradewind.model.OrderTable;

import dev.tradewind.indicators.IndicatorGraph;
import dev.tradewind.indicators.IndicatorRegistry;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Liquidity;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.OrderRequest;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Series;
import dev.tradewind.model.Side;
import dev.tradewind.model.Trade;
import dev.tradewind.strategy.Bars;
import dev.tradewind.strategy.Block;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Options;
import dev.tradewind.engine.options.OptionDesk;
import dev.tradewind.engine.options.OptionSettings;
import dev.tradewind.engine.futures.FutureSettings;
import dev.tradewind.engine.futures.FuturesDesk;
import dev.tradewind.strategy.Futures;
import dev.tradewind.model.Quote;
import dev.tradewind.model.TradePrint;
import dev.tradewind.strategy.Log;
import dev.tradewind.strategy.Position;
import dev.tradewind.strategy.Strategy;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One member of the kernel: the strategy's {@link Context} and its execution client's listener. It keeps the member's
 * ledger, orders, risk gate and results; the {@link Kernel} decides when each of its steps runs. Single-threaded.
 */
final class Run implements Context, VenueListener {
    private final EngineConfig config;
    private final Instrument instrument;
    private final Strategy strategy;
    private final Map<String, String> params;
    private final ExecutionClient venue;
    private SimulatedVenue liquidator;
    private final ContractDesks desks = new ContractDesks();
    private BarHistory bars;
    private BarSeries backing;
    private final int capacity;
    private final IndicatorGraph graph;
    private final Portfolio portfolio;
    private final TradeTracker trades;
    private final OrderTable orders = new OrderTable();
    private final dev.tradewind.model.FillLog fills = new dev.tradewind.model.FillLog(orders);
    private final dev.tradewind.model.EventLog events = new dev.tradewind.model.EventLog(fills, orders);
    private final dev.tradewind.model.SignalLog signals = new dev.tradewind.model.SignalLog(orders);
    private final Pending pending = new Pending();
    private final boolean hearsOrders; // the strategy has an onOrder of its own: its order events are queued for it
    private final boolean hearsTrades; // and onTrade: closed trades are queued for it
    private final RunLog log;
    private final Timeframes timeframes;
    private final RiskGate risk;
    private final OrderMaker maker;
    private final OrderEntry entry;
    private final Financing financing;
    private final PeriodPnl pnl;
    private boolean started;
    private boolean lastBar;
    private RunSink sink = RunSink.NONE;
    private int ledgerSent;
    private int index = -1;
    private long time;
    private long orderTime; // what new orders are stamped with: the bar's open time, or a quote's or print's time
    private Quote quote;
    private double open;
    private double high;
    private double low;
    private double close = Double.NaN;
    private double volume;
    private double lastEquity = Double.NaN;
    private IndicatorGraph.Watch signalWatch; // the strategy's declared signals (onBarOnlyWhen), or null
    private boolean quiet; // signals declared and no per-bar rule but the mark: bars between signals may be passed
    private boolean everyBar; // step every bar even with declared signals (Engine.withEveryBarStepped)
    private boolean records = true; // keep the order events, fills and signals for the result (Engine.withoutEventRecords)
    private Extremes extremes; // block extremes of the stored bars for the excursions of passed stretches, or null

    Run(EngineConfig config, Strategy strategy, Map<String, String> params, ExecutionClient venue, TimeframeSource timeframeSource,
            int capacity, dev.tradewind.indicators.IndicatorCache cache, IndicatorRegistry indicators) {
        this.config = config;
        this.timeframes = new Timeframes(timeframeSource);
        this.instrument = config.instrument();
        this.strategy = strategy;
        this.params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params)); // in the order given
        this.venue = venue;
        this.capacity = capacity;
        this.graph = new IndicatorGraph(capacity, indicators, cache);
        boolean[] hears = HEARS.get(strategy.getClass());
        this.hearsOrders = hears[0];
        this.hearsTrades = hears[1];
        this.trades = new TradeTracker(instrument.symbol(), t -> {
            if (hearsTrades) pending.add(t);
            sink.trade(t);
        }, () -> hearsTrades || sink != RunSink.NONE); // a trade object only for someone who takes one
        this.trades.readFills(fills);
        this.portfolio = new Portfolio(instrument, config.startingCash(), trades);
        this.log = new RunLog(() -> time);
        this.risk = new RiskGate(config.risk(), config.zone());
        this.maker = new OrderMaker(instrument);
        this.entry = new OrderEntry(this, orders, maker, venue, new EntryChecks(config, portfolio, risk), signals, portfolio, log);
        this.financing = new Financing(config.account(), instrument);
        this.pnl = new PeriodPnl(portfolio, config.zone());
        venue.connect(this);
    }

    /**
     * Per strategy class, whether it has an {@code onOrder} and an {@code onTrade} of its own (of its class, a superclass
     * or another interface) instead of {@link Strategy}'s defaults, which do nothing: a notification it would not act on
     * is not queued for it. Looked up once per class (a sweep creates thousands of runs of one).
     */
    private static final ClassValue<boolean[]> HEARS = new ClassValue<>() {
        @Override
        protected boolean[] computeValue(Class<?> type) {
            return new boolean[] {overrides(type, "onOrder", OrderEvent.class), overrides(type, "onTrade", Trade.class)};
        }
    };

    private static boolean overrides(Class<?> type, String name, Class<?> argument) {
        try {
            return type.getMethod(name, Context.class, argument).getDeclaringClass() != Strategy.class;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }

    /** Hands every log line to {@code sink} as it is written (the console, while the run goes); null for none. */
    void logTo(java.util.function.Consumer<LogLine> sink) { log.sink(sink); }

    /** Streams every result to {@code s} as it happens (log lines too, besides any {@link #logTo} consumer). */
    void sinkTo(RunSink s, java.util.function.Consumer<LogLine> console) {
        sink = s;
        log.sink(console == null ? s::log : line -> {
            s.log(line);
            console.accept(line);
        });
    }

    /** A kernel step is complete. */
    void stepDone(long end) {
        if (sink != RunSink.NONE) sink.stepDone(end);
    }

    /**
     * Liquidates this run's ledger through {@code sim} when it falls below maintenance margin (a single simulated run;
     * a portfolio member's ledger is not liquidated, and an exchange liquidates by itself).
     */
    void liquidateWith(SimulatedVenue sim) { liquidator = sim; }

    /** Gives the strategy options on this run's instrument, traded through the simulated venue {@code sim}. */
    void optionsWith(OptionSettings settings, SimulatedVenue sim) {
        if (sim == null) throw new UnsupportedOperationException("options are simulated only: a run with an exchange has none");
        desks.addOptions(instrument.symbol(), settings, portfolio, books(sim), trades::record, pnl);
    }

    /** Gives the strategy dated futures on this run's instrument, traded through the simulated venue {@code sim}. */
    void futuresWith(FutureSettings settings, SimulatedVenue sim) {
        if (sim == null) throw new UnsupportedOperationException("futures are simulated only: a run with an exchange has none");
        desks.addFutures(instrument.symbol(), settings,
                new FuturesDesk.Links(portfolio, books(sim), trades::record, pnl, m -> log.info("%s", m)));
    }

    /** A desk's orders: recorded, then filled at once by {@code sim} at the desk's price, or rejected with its reason. */
    private OptionDesk.Books books(SimulatedVenue sim) {
        return (symbol, side, q, price, fee, tag, refusal) -> {
            long id = orders.size() + 1;
            Order o = Order.of(id, symbol, side, OrderType.MARKET, q).at(orderTime).tag(tag).build();
            entry.record(o);
            if (refusal != null) onEvent(new OrderEvent.Rejected(id, orderTime, refusal));
            else sim.fillNow(o, price, fee);
            return id;
        };
    }

    @Override
    public Options options() {
        return desks.options() == null ? Context.super.options() : desks.options();
    }

    @Override
    public Futures futures() {
        return desks.futures() == null ? Context.super.futures() : desks.futures();
    }

    /** The data ends with the next bar: higher timeframes reveal their last bar with it (its period ends with the data). */
    void lastBar() { lastBar = true; }

    /** Calls onStart and returns the warm-up the strategy's indicators need. */
    int start() {
        if (backing == null) bars = new BarHistory(capacity);
        strategy.onStart(this);
        started = true;
        quiet = !everyBar && signalWatch != null && bars == null && timeframes.isEmpty() && desks.none()
                && !instrument.isFuture() && financing.idle() && !risk.watchesEquity();
        return warmup();
    }

    /**
     * Bars before every indicator is ready, as far as known: {@link Integer#MAX_VALUE} while a higher timeframe of a run
     * fed one bar at a time has not yet closed enough bars (the kernel asks again each step until it is known).
     */
    int warmup() { return timeframes.warmup(graph.warmup()); }

    /**
     * Base bars of {@code barNanos} to fetch before a run fed one bar at a time (after {@link #start}) so its indicators
     * are ready at the first live bar: for a higher timeframe, its bars needed times the base bars in its period, plus
     * one period for the first, partial one.
     */
    int warmupBars(long barNanos) { return timeframes.warmupBars(graph.warmup(), barNanos); }

    /**
     * The clock moved to {@code now} across a gap in the data: books what fell due (funding) and tells the strategy
     * what the execution side reported meanwhile (orders that expired).
     */
    void passTime(long now) {
        if (!timeframes.isEmpty()) timeframes.passTime(now);
        financing.passTime(now, portfolio);
        sendLedger();
        drain();
    }

    /**
     * A best bid/ask arrived, after the venue filled what it made marketable: the strategy hears of those fills, then
     * of the quote (when {@code call}: it is past its warm-up); orders it sends are stamped with the quote's time.
     */
    void onQuote(Quote q, boolean call) {
        quote = q;
        drain();
        if (!call) return;
        orderTime = q.time();
        strategy.onQuote(this, q);
        drain();
    }

    /** A trade print arrived, after the venue matched it: the same as {@link #onQuote}. */
    void onTradePrint(TradePrint p, boolean call) {
        drain();
        if (!call) return;
        orderTime = p.time();
        strategy.onTradePrint(this, p);
        drain();
    }

    /** Tells the strategy what the execution side reported since the last step (order events, closed trades). */
    void deliver() { drain(); }

    /** A bar begins: history, indicators and financing, before the venue matches the bar. */
    void beginBar(long t, double o, double h, double l, double c, double v, long end) {
        index++;
        time = t;
        orderTime = t;
        open = o;
        high = h;
        low = l;
        close = c;
        volume = v;
        portfolio.atBar(index);
        pnl.beforeBar(t, c);
        if (bars != null) bars.append(t, o, h, l, c, v);
        graph.update(t, o, h, l, c, v);
        if (!timeframes.isEmpty()) timeframes.afterBaseBar(index, t, o, h, l, c, v, end, lastBar);
        financing.beforeBar(t, o, portfolio);
        desks.atBar(index, end, c, log);
    }

    /** After the venue matched the bar: liquidation, excursions, and notifications of what the matching did. */
    void afterMatch() {
        if (liquidator != null) checkLiquidation(open, high, low);
        trades.onBar(high, low, portfolio.quantity(), portfolio.averagePrice(), instrument.multiplier());
        desks.settle();
        drain();
    }

    void callOnBar() {
        strategy.onBar(this);
        drain();
    }

    /** After the venue filled what executes at the close: marks the portfolio and applies the account's risk limits. */
    void closeBar(EquityCurve curve) {
        drain();
        portfolio.mark(close);
        desks.mark();
        double equity = portfolio.equity();
        String tripped = risk.afterBar(time, lastEquity, equity);
        lastEquity = equity;
        if (tripped != null) {
            halt(tripped);
            equity = portfolio.equity();
        }
        curve.add(time, equity, portfolio.cash(), portfolio.quantity(), portfolio.marginUsed());
        if (sink != RunSink.NONE) {
            sink.equity(time, equity, portfolio.cash(), portfolio.quantity());
            sendLedger();
        }
    }

    /** A risk limit was reached at the close: entries are refused from now on, and a drawdown halt may flatten. */
    private void halt(String tripped) {
        log.warn("risk limit reached: %s; new entries refused", tripped);
        entry.cancelEntries();
        if (tripped.equals("drawdown") && config.risk().flattenOnHalt()) flatten();
        drain();
    }

    void stop() {
        strategy.onStop(this);
        drain();
        desks.stop(log);
        sendLedger();
        sink.finished();
    }

    private void sendLedger() {
        List<LedgerEntry> ledger = portfolio.ledger();
        while (ledgerSent < ledger.size()) sink.ledger(ledger.get(ledgerSent++));
    }

    private void drain() {
        while (!pending.isEmpty()) {
            OrderEvent e = pending.event();
            Trade t = pending.trade();
            pending.pop();
            if (e != null) strategy.onOrder(this, e);
            else strategy.onTrade(this, t);
        }
    }

    /** Liquidates a futures position whose equity fell below maintenance margin inside this bar. */
    private void checkLiquidation(double o, double h, double l) {
        double liq = portfolio.liquidationPrice();
        if (Double.isNaN(liq)) return;
        double q = portfolio.quantity();
        if (q > 0 ? l > liq : h < liq) return;
        liquidate(q, q > 0 ? Math.min(o, liq) : Math.max(o, liq));
    }

    private void liquidate(double q, double price) {
        if (instrument.tickSize() > 0) price = instrument.roundPrice(price);
        Order order = Order.of(orders.size() + 1, instrument.symbol(), q > 0 ? Side.SELL : Side.BUY, OrderType.MARKET,
                Math.abs(q)).reduceOnly(true).at(time).tag("liquidation").build();
        entry.record(order);
        log.warn("liquidated %s at %s: equity fell below maintenance margin", Math.abs(q), price);
        double extra = Math.abs(q) * price * instrument.multiplier() * config.account().liquidationFeePercent() / 100;
        liquidator.liquidate(order, price, config.account().liquidationFeePercent());
        portfolio.ledger().add(new LedgerEntry(time, LedgerEntry.Kind.LIQUIDATION, 0, // its fee is in the fill
                "liquidated " + Math.abs(q) + " at " + price + " (fee " + extra + " included in the fill's fee)"));
    }

    // ---- VenueListener

    @Override
    public void onEvent(OrderEvent e) {
        switch (e) {
            case OrderEvent.Accepted a -> accepted(a, a.orderId(), a.time());
            case OrderEvent.Filled f -> filled(f, f.orderId(), f.time(), f.fill(), f.remaining());
            default -> {
                orders.apply(e);
                if (records) events.add(e);
                tell(e);
            }
        }
    }

    // the venue's acceptances and fills, most of a run's events, come without an event object: one is made only for a
    // sink or a strategy that hears order events (the result's events are columns)
    @Override public void accepted(long orderId, long time) { accepted(null, orderId, time); }

    @Override
    public void filled(long orderId, long time, Fill fill, double remaining) { filled(null, orderId, time, fill, remaining); }

    private void accepted(OrderEvent e, long orderId, long time) {
        orders.accepted(orderId, time);
        if (records) events.accepted(orderId, time);
        if (sink != RunSink.NONE || hearsOrders) tell(e != null ? e : new OrderEvent.Accepted(orderId, time));
    }

    /** A fill by its fields, as the simulated venue sends it: a fill object is made only if someone takes one. */
    @Override
    public void filled(long fillId, long orderId, long time, String symbol, Side side, double quantity, double price,
            double fee, Liquidity liquidity, double remaining) {
        booked(null, null, fillId, orderId, time, symbol, side, quantity, price, fee, liquidity, remaining);
    }

    private void filled(OrderEvent e, long orderId, long time, Fill f, double remaining) {
        booked(e, f, f.id(), orderId, time, f.symbol(), f.side(), f.quantity(), f.price(), f.fee(), f.liquidity(), remaining);
    }

    /**
     * Books a fill given by its fields, and as {@code fill} when it came as an object (and in {@code e} when it came as
     * an event): the order table, the fill and event logs, then the sink and {@code onOrder}, an option or futures desk,
     * and the portfolio. The object is made here only for a sink, {@code onOrder} or a desk.
     */
    private void booked(OrderEvent e, Fill fill, long fillId, long orderId, long time, String symbol, Side side,
            double quantity, double price, double fee, Liquidity liquidity, double remaining) {
        orders.filled(orderId, time, quantity, price, remaining);
        if (records) {
            if (fill != null) fills.add(fill);
            else fills.add(fillId, orderId, time, symbol, side, quantity, price, fee, liquidity);
            events.filled(orderId, time, fills.size() - 1, remaining);
        }
        boolean tells = sink != RunSink.NONE || hearsOrders;
        if (tells || !desks.none()) {
            if (fill == null) fill = new Fill(fillId, orderId, time, symbol, side, quantity, price, fee, liquidity);
            if (tells) tell(e != null ? e : new OrderEvent.Filled(orderId, time, fill, remaining));
            if (desks.apply(fill)) return;
        }
        if (fill != null) portfolio.apply(fill, index); // its own time, as an exchange's fill may carry another
        else portfolio.apply(side, quantity, price, fee, time, index);
        if (portfolio.quantity() == 0) entry.cancelChildren();
    }

    /** Hands an order event to the sink, and queues it for the strategy's onOrder if it has one. */
    private void tell(OrderEvent e) {
        sink.event(e);
        if (hearsOrders) pending.add(e);
    }

    @Override public double positionQuantity(dev.tradewind.model.OrderView order) { return portfolio.quantity(); }

    @Override
    public String checkFill(dev.tradewind.model.OrderView order, double quantity, double price) {
        double fee = config.commission().fee(quantity, price, instrument.multiplier(), true);
        return portfolio.checkFill(order.side(), quantity, price, fee, config.account().leverageCap());
    }

    // ---- Context: data

    @Override public long time() { return time; }
    @Override public Quote quote() { return quote; }
    @Override public int barIndex() { return index; }
    @Override
    public Bars bars() {
        if (bars == null) {
            // first call: copy the bars seen so far from the feed's stored series, then keep appending
            bars = new BarHistory(capacity);
            for (int i = 0; i <= index; i++) {
                bars.append(backing.time()[i], backing.open()[i], backing.high()[i], backing.low()[i], backing.close()[i],
                        backing.volume()[i]);
            }
        }
        return bars;
    }

    /**
     * The feed stores its bars in {@code series} (a backtest): the history is then built only if the strategy asks
     * for it, so a strategy that reads only indicators and the current bar copies nothing, and the indicators are
     * computed in blocks ahead of the bar (revealed bar by bar; see {@link IndicatorGraph#attach}).
     */
    void historyFrom(BarSeries series) {
        if (index >= 0) throw new IllegalStateException("the history source is set before the first bar");
        backing = series;
        if (series != null) {
            graph.attach(series.time(), series.open(), series.high(), series.low(), series.close(), series.volume());
        }
    }
    @Override public double open() { return open; }
    @Override public double high() { return high; }
    @Override public double low() { return low; }
    @Override public double close() { return close; }
    @Override public double volume() { return volume; }
    @Override public Instrument instrument() { return instrument; }

    /** Writes the indicator series of the run's bars into spare columns of a reused curve ({@link Engine#run}). */
    void writeIndicatorsInto(EquityCurve reused) { graph.writeKeptLinesInto(reused::spare); }

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

    /** Tracks no MAE and MFE: its trades record NaN for both, and passed stretches read no highs or lows. */
    void withoutExcursions() { trades.withoutExcursions(); }

    /** Reads the excursions of passed stretches from the block extremes of the stored bars (a sweep's runs share them). */
    void extremesFrom(Extremes e) { extremes = e; }

    /** Keeps no order events, fills or signals for the result (set before the run starts). */
    void withoutEventRecords() { records = false; }

    /** Steps every bar even if the strategy declares its signals (set before the run starts). */
    void stepEveryBar() { everyBar = true; }

    @Override
    public void onBarOnlyWhen(Series... signals) {
        if (started) throw new IllegalStateException("declare the signals onBar acts on in onStart, not later");
        signalWatch = graph.watch(signals);
    }

    /**
     * The first bar at or after {@code from} (before {@code limit}) that needs a full step, or {@code from} when this run
     * cannot pass bars quietly now: it needs declared signals, bars computed ahead, nothing pending, and no per-bar rule
     * besides marking the position (spot, no financing, no equity-based risk limit, no desk, higher timeframe or copied
     * history).
     */
    int quietUntil(int from, int limit) {
        return quiet && pending.isEmpty() ? signalWatch.firstActive(from, limit) : from;
    }

    /**
     * Bars {@code [from, to)} (at least one) of the stored columns on which the strategy would do nothing ({@link #quietUntil}): the
     * state and results a full step of each leaves (the period PnL's days, the trade's excursions, the mark, the equity
     * curve, what the sink hears), without the calls that would find nothing to do. {@code span}: the bar length.
     */
    void passQuietly(long[] t, double[] o, double[] h, double[] l, double[] c, double[] v, int from, int to, long span,
            EquityCurve curve) {
        Portfolio p = portfolio;
        double q = p.quantity();
        double cash = p.cash();
        double[] equities = curve.appendKnown(t, from, to, cash, q, p.marginUsed());
        long roll = pnl.dayEnd(); // a period PnL rolls at a new day's first bar, valuing the account at the close before it
        for (int i = from; i < to; ) {
            if (t[i] >= roll) {
                p.mark(c[i - 1]);
                pnl.beforeBar(t[i], c[i]);
                roll = pnl.dayEnd();
            }
            int next = to; // the first bar of the next day: the times ascend strictly
            if (t[to - 1] >= roll) {
                int k = java.util.Arrays.binarySearch(t, i + 1, to, roll);
                next = k >= 0 ? k : -k - 1;
            }
            p.equityAt(c, i, next, equities);
            i = next;
        }
        if (q == 0) curve.constant(from, to, equities[from]); // out of the market: every point is the cash
        if (q != 0 && trades.excursions()) { // the open trade's excursions: the extremes of the stretch, as bar by bar
            boolean blocks = extremes != null && extremes.covers(l, h);
            double lowest = blocks ? extremes.lowest(l, from, to) : Extremes.lowest(l, from, to, Double.POSITIVE_INFINITY);
            double highest = blocks ? extremes.highest(h, from, to) : Extremes.highest(h, from, to, Double.NEGATIVE_INFINITY);
            trades.onBar(highest, lowest, q, p.averagePrice(), instrument.multiplier());
        }
        if (sink != RunSink.NONE) {
            for (int i = from; i < to; i++) {
                sink.equity(t[i], equities[i], cash, q);
                sendLedger();
                sink.stepDone(t[i] + span);
            }
        }
        int last = to - 1;
        pnl.beforeBar(t[last], c[last]);
        p.mark(c[last]);
        lastEquity = equities[last];
        index += to - from;
        time = t[last];
        orderTime = time;
        open = o[last];
        high = h[last];
        low = l[last];
        close = c[last];
        volume = v[last];
        p.atBar(index);
        graph.revealTo(index + 1);
    }

    private TimeframeState timeframe(String name) { return timeframes.get(name, started, backing != null, graph.registry()); }

    // ---- Context: orders (the order entry's)

    @Override
    public dev.tradewind.strategy.OrderBuilder order(Side side, double quantity) { return entry.order(side, quantity); }

    @Override public long submit(OrderRequest r) { return entry.submit(r); }

    @Override
    public long submit(Side side, OrderType type, double quantity, double limitPrice, double stopPrice,
            dev.tradewind.model.TimeInForce tif, String tag) {
        return entry.submit(side, type, quantity, limitPrice, stopPrice, tif, tag);
    }

    @Override public void cancel(long orderId) { entry.cancel(orderId); }
    @Override public void cancelAll() { entry.cancelAll(); }

    @Override
    public boolean modify(long orderId, double quantity, double limitPrice, double stopPrice) {
        return entry.modify(orderId, quantity, limitPrice, stopPrice);
    }

    @Override public long flatten() { return entry.flatten(); }
    @Override public int openOrders() { return orders.openCount(); }

    @Override
    public void block(Block b) {
        risk.block(b, time, "by the strategy");
        entry.cancelEntries();
    }

    @Override public boolean entriesBlocked() { return risk.blocked(time); }

    /** What new orders are stamped with: the bar's open time, or a quote's or print's time. */
    long orderTime() { return orderTime; }

    /** Where the run streams its results ({@link RunSink#NONE} for nowhere). */
    RunSink sink() { return sink; }

    /** Whether the run keeps its order events, fills and signals for the result. */
    boolean records() { return records; }

    // ---- Context: account

    @Override public Position position() { return portfolio; }
    @Override public double cash() { return portfolio.cash(); }

    @Override
    public double affordableUnits() {
        double unit = close * instrument.multiplier();
        if (!(unit > 0)) return 0;
        double equity = portfolio.equity();
        double units = !instrument.isFuture() ? equity / (unit * (1 + config.commission().percent() / 100))
                : instrument.marginPerContract() > 0 ? equity / instrument.marginPerContract()
                : equity / (unit * instrument.marginRate());
        double cap = config.account().leverageCap();
        if (cap > 0) units = Math.min(units, cap * equity / unit);
        return Math.max(0, units);
    }
    @Override public double equity() { return portfolio.equity(); }
    @Override public double marginUsed() { return portfolio.marginUsed(); }
    @Override public dev.tradewind.strategy.Pnl pnl() { return pnl; }
    @Override public Map<String, String> params() { return params; }
    @Override public Log log() { return log; }

    BacktestResult result(int warmup, EquityCurve curve, double startingCash) {
        return result(warmup, curve, startingCash, ExecutionNotes.NONE);
    }

    /** The run's result; {@code slippage} holds the venue's slippage notes, this run adds its rounded prices. */
    BacktestResult result(int warmup, EquityCurve curve, double startingCash, ExecutionNotes slippage) {
        ExecutionNotes notes = new ExecutionNotes(slippage.slippedFills(), slippage.requestedSlippageBps(),
                slippage.effectiveSlippageBps(), maker.roundedPrices(), maker.firstRoundedFrom(), maker.firstRoundedTo());
        // the run is over (every caller asks at its end): its chunked lists are handed out as read-only views, not copied
        return new BacktestResult(params, warmup, orders.records(), Collections.unmodifiableList(events),
                Collections.unmodifiableList(fills), trades.closedReadOnly(), curve.time(), curve.equity(),
                curve.cash(), curve.position(), curve.margin(),
                startingCash, trades.openNetPnl(portfolio.quantity(), portfolio.averagePrice(), close, instrument.multiplier()),
                portfolio.unrealizedPnl(), portfolio.fees(), List.copyOf(log.lines()), Collections.unmodifiableList(signals),
                List.copyOf(portfolio.ledger()), notes);
    }
}
