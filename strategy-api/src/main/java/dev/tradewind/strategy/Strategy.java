package dev.tradewind.strategy;

import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.Quote;
import dev.tradewind.model.Trade;
import dev.tradewind.model.TradePrint;

/**
 * User trading logic. The engine creates one instance per run, so instance fields are per-run state.
 * Parameters are fields annotated with {@link Param}; the engine sets them before {@link #onStart}.
 *
 * <p>Per bar the engine calls, in order: {@link #onOrder} and {@link #onTrade} for what happened while the
 * bar's prices were matched, then {@link #onBar}, then {@link #onOrder} for orders sent during onBar. All calls
 * come from the run's single thread.
 */
public interface Strategy {

    /**
     * Checks what the {@link Param} bounds cannot express (a format, a combination), once the parameters are set and
     * before the run: throw {@link ParamException} with one line naming the parameter. Called by
     * {@link ParamSchema#create}.
     */
    default void checkParams() throws ParamException {}

    /** Called once before the first bar: ask for indicators here. */
    default void onStart(Context ctx) {}

    /** Called for every bar once the strategy's indicators are warmed up (see {@link #onBarDuringWarmup}). */
    void onBar(Context ctx);

    /** Called for every order state change. */
    default void onOrder(Context ctx, OrderEvent event) {}

    /**
     * Called for every best bid/ask of a quote stream (paper and live runs that subscribe one; a backtest over bars has
     * none), after the simulated venue filled what the quote made marketable.
     */
    default void onQuote(Context ctx, Quote quote) {}

    /** Called for every trade print of a trade stream (paper and live runs that subscribe one), after the venue matched it. */
    default void onTradePrint(Context ctx, TradePrint print) {}

    /** Called when a round-trip trade closes. */
    default void onTrade(Context ctx, Trade trade) {}

    /** Called once after the last bar. */
    default void onStop(Context ctx) {}

    /** Return true to receive onBar before the indicators are ready (their values are NaN then). */
    default boolean onBarDuringWarmup() { return false; }
}
