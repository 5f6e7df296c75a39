package dev.tradewind.strategy;

import dev.tradewind.model.Instrument;
import dev.tradewind.model.OrderRequest;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Series;
import dev.tradewind.model.Side;
import dev.tradewind.model.TimeInForce;
import dev.tradewind.model.TrailUnit;
import java.util.Map;

/**
 * What a strategy sees and does. The same interface backs a backtest, paper trading and a live run.
 *
 * <p>Order methods return the new order's id (ids start at 1). Quantities are in units of the instrument and
 * are rounded toward zero to its lot size, prices to its tick size; an order that rounds to nothing is
 * rejected with a reason ({@link Strategy#onOrder}). Orders are accepted at once and notified after onBar.
 */
public interface Context {

    // ---- time and data

    /** Open time of the current bar, epoch nanoseconds UTC. */
    long time();

    /** Index of the current bar from the start of the run (0-based). */
    int barIndex();

    /** History of the bars seen so far, the current one last. */
    Bars bars();

    double open();
    double high();
    double low();
    double close();
    double volume();

    /** The newest best bid/ask of the run's quote stream, or null when it has none (a backtest over bars). */
    default dev.tradewind.model.Quote quote() { return null; }

    /**
     * Options on this run's underlying; the run must have an option desk ({@code Engine.withOptions}, {@code --options}).
     *
     * @throws NoDeskException when it has none
     */
    default Options options() { throw new NoDeskException(true); }

    /**
     * Dated futures on this run's underlying; the run must have a futures desk ({@code Engine.withFutures}, {@code --futures}).
     *
     * @throws NoDeskException when it has none
     */
    default Futures futures() { throw new NoDeskException(false); }

    /** Rolls a futures leg into the next listed contract in one step ({@link Futures#roll(FutureLeg)}). */
    default long roll(dev.tradewind.model.FutureLeg leg) { return futures().roll(leg); }

    /** Rolls a futures leg into the contract of {@code expiry} in one step. */
    default long roll(dev.tradewind.model.FutureLeg leg, java.time.LocalDate expiry) { return futures().roll(leg, expiry); }

    /** Rolls an option leg to {@code expiry} in one step ({@link Options#roll}). */
    default long roll(dev.tradewind.model.OptionLeg leg, java.time.LocalDate expiry) { return options().roll(leg, expiry); }


    Instrument instrument();

    /**
     * An indicator by spec, e.g. {@code ema(close,20)} or {@code macd(close,12,26,9).signal}. Identical specs
     * share one computation. Ask in {@link Strategy#onStart}; the warm-up of the strategy is the longest
     * lookback among what it asked for.
     */
    Series indicator(String spec);

    /**
     * The closed bars of a higher timeframe, e.g. {@code 1h} on 1-minute bars. A higher-timeframe bar appears only
     * once it has closed (in the onBar of the base bar that completes it), so it never leaks the future. Ask in
     * {@link Strategy#onStart} and keep the handle.
     */
    Bars bars(String timeframe);

    /**
     * An indicator computed on a higher timeframe's closed bars; it changes only when a bar of that timeframe
     * closes. Ask in {@link Strategy#onStart}; the strategy's warm-up waits for it.
     */
    Series indicator(String spec, String timeframe);

    /**
     * Declares that {@link Strategy#onBar} acts only on bars where one of {@code signals} reads non-zero: on a bar
     * where every one reads 0 or NaN it does nothing, whatever the position, the time or the prices. A backtest may
     * then replay such bars without calling onBar while the strategy has no order working and nothing to hear of,
     * jumping from signal to signal (the replay's signal-driven fast path; orders, fills and the equity curve are
     * exactly those of calling onBar on every bar). Call it in {@link Strategy#onStart} with series from
     * {@link #indicator(String)}. A strategy that decides on anything else (the time, bars since entry, a price level
     * it watches by hand) must not declare it. Paper and live runs call onBar on every bar as usual.
     */
    default void onBarOnlyWhen(Series... signals) {}

    // ---- orders

    /** Sends an order described by a request (see {@link #order} for the builder); returns its id. */
    long submit(OrderRequest request);

    /** Starts building an order of {@code quantity} units; see {@link OrderBuilder}. */
    default OrderBuilder order(Side side, double quantity) { return new OrderBuilder(this::submit, side, quantity); }

    /** Sends an order; {@code limitPrice}/{@code stopPrice} are NaN where the type does not use them. */
    default long submit(Side side, OrderType type, double quantity, double limitPrice, double stopPrice, TimeInForce tif,
            String tag) {
        return submit(new OrderRequest(side, type, quantity, limitPrice, stopPrice, tif, Long.MAX_VALUE, Double.NaN,
                TrailUnit.NONE, false, false, Double.NaN, Double.NaN, tag));
    }

    default long buy(double quantity) { return submit(Side.BUY, OrderType.MARKET, quantity, Double.NaN, Double.NaN, TimeInForce.GTC, ""); }
    default long sell(double quantity) { return submit(Side.SELL, OrderType.MARKET, quantity, Double.NaN, Double.NaN, TimeInForce.GTC, ""); }
    default long buyLimit(double quantity, double price) { return submit(Side.BUY, OrderType.LIMIT, quantity, price, Double.NaN, TimeInForce.GTC, ""); }
    default long sellLimit(double quantity, double price) { return submit(Side.SELL, OrderType.LIMIT, quantity, price, Double.NaN, TimeInForce.GTC, ""); }
    default long buyStop(double quantity, double stop) { return submit(Side.BUY, OrderType.STOP, quantity, Double.NaN, stop, TimeInForce.GTC, ""); }
    default long sellStop(double quantity, double stop) { return submit(Side.SELL, OrderType.STOP, quantity, Double.NaN, stop, TimeInForce.GTC, ""); }
    default long buyStopLimit(double quantity, double stop, double limit) { return submit(Side.BUY, OrderType.STOP_LIMIT, quantity, limit, stop, TimeInForce.GTC, ""); }
    default long sellStopLimit(double quantity, double stop, double limit) { return submit(Side.SELL, OrderType.STOP_LIMIT, quantity, limit, stop, TimeInForce.GTC, ""); }

    /**
     * Changes a working order: its total quantity (the filled part included) and its limit and stop prices;
     * {@code NaN} keeps a value. The change is confirmed by an {@code OrderEvent.Modified}; a change that cannot be
     * made (the order is not working, the quantity is not above what has filled, a price its type does not have)
     * returns false and is logged.
     */
    boolean modify(long orderId, double quantity, double limitPrice, double stopPrice);

    /** Cancels a working order; unknown or finished orders are ignored. */
    void cancel(long orderId);

    /** Cancels every working order. */
    void cancelAll();

    /** Cancels working orders and sends a market order that closes the position; returns its id, or 0 if flat. */
    long flatten();

    /** Number of orders still working. */
    int openOrders();

    /** Pauses new entries (see {@link Block}); working entry orders are cancelled, exits stay. */
    void block(Block block);

    /** Whether new entries are refused now (a block, the daily loss limit or the drawdown halt). */
    boolean entriesBlocked();

    // ---- sizing helpers (results are not yet rounded to lots: the order methods do that, and refuse sizes below
    //      the instrument's minimum notional; the account rejects what its cash or margin cannot carry)

    /**
     * The largest position, in units at the current close, the account can carry: equity (less the taker fee) for spot,
     * equity over the initial margin rate for futures, within the leverage cap. The sizing helpers never return more.
     */
    double affordableUnits();

    /** Units worth {@code percent}% of current equity at the current close, at most {@link #affordableUnits()}. */
    default double unitsForPercentOfEquity(double percent) {
        return Math.min(affordableUnits(), equity() * percent / 100.0 / (close() * instrument().multiplier()));
    }

    /** Units worth {@code notional} at the current close. */
    default double unitsForNotional(double notional) {
        return Math.min(affordableUnits(), notional / (close() * instrument().multiplier()));
    }

    /**
     * Volatility-targeted units: a move of {@code atrMultiple} x {@code atr} loses {@code percentAtRisk}% of equity.
     */
    default double unitsForVolatility(double percentAtRisk, double atr, double atrMultiple) {
        return unitsForRisk(percentAtRisk, atr * atrMultiple);
    }

    /** Units such that a move of {@code stopDistance} in price loses {@code percentAtRisk}% of equity. */
    default double unitsForRisk(double percentAtRisk, double stopDistance) {
        if (!(stopDistance > 0)) throw new IllegalArgumentException("stop distance must be > 0: " + stopDistance);
        return Math.min(affordableUnits(), equity() * percentAtRisk / 100.0 / (stopDistance * instrument().multiplier()));
    }

    // ---- account

    Position position();

    /** Cash balance. */
    double cash();

    /** Cash plus position value at the last price. */
    double equity();

    /** Initial margin of the open futures position at the last price (per contract or as a rate); 0 for spot. */
    double marginUsed();

    /** Cash net of the margin in use: what is left for new margin or spot purchases. */
    default double marginAvailable() { return cash() - marginUsed(); }

    /** Realized and unrealized PnL of the current day, week, month and year (see {@link Pnl}). */
    Pnl pnl();

    /** The resolved parameters of this run, as text, in declaration order. */
    Map<String, String> params();

    Log log();
}
