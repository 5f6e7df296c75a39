package dev.tradewind.engine;

import dev.tradewind.engine.account.PeriodPnl;
import dev.tradewind.engine.account.Portfolio;
import dev.tradewind.engine.futures.FutureSettings;
import dev.tradewind.engine.futures.FuturesDesk;
import dev.tradewind.engine.options.OptionDesk;
import dev.tradewind.engine.options.OptionSettings;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Trade;
import java.util.function.Consumer;

/**
 * A run's option and futures desks on its instrument, either, both or none: what each step of the run asks of them
 * (the bar's prices, settlement after matching, the mark at the close, their own fills). A run without desks passes
 * every call through at the cost of two null checks.
 */
final class ContractDesks {
    private OptionDesk options;
    private FuturesDesk futures;
    private String optionPricing;

    /** Adds the option desk, whose orders go to {@code books}. */
    void addOptions(String symbol, OptionSettings settings, Portfolio portfolio, OptionDesk.Books books,
            Consumer<Trade> trades, PeriodPnl pnl) {
        optionPricing = settings.pricing();
        options = new OptionDesk(symbol, settings, portfolio, books, trades);
        options.pnlBy(pnl);
    }

    /** Adds the futures desk. */
    void addFutures(String symbol, FutureSettings settings, FuturesDesk.Links links) {
        futures = new FuturesDesk(symbol, settings, links);
    }

    boolean none() { return options == null && futures == null; }

    /** The option desk, or null. */
    OptionDesk options() { return options; }

    /** The futures desk, or null. */
    FuturesDesk futures() { return futures; }

    /** A new bar of the underlying, bar {@code index}, closing at {@code end} at {@code close}. */
    void atBar(int index, long end, double close, RunLog log) {
        if (options != null) {
            if (index == 0) log.info("options: prices %s", optionPricing);
            options.atBar(index, end, close);
        }
        if (futures != null) futures.atBar(index, end, close);
    }

    /** After the venue matched the bar: expiries and deliveries. */
    void settle() {
        if (options != null) options.settle();
        if (futures != null) futures.settle();
    }

    /** Marks the desks' positions at the close. */
    void mark() {
        if (options != null) options.mark();
        if (futures != null) futures.mark();
    }

    /** Applies a fill of a desk's contract and returns true; false for a fill of anything else. */
    boolean apply(Fill f) {
        if (options != null && options.owns(f.symbol())) {
            options.apply(f);
            return true;
        }
        if (futures != null && futures.owns(f.symbol())) {
            futures.apply(f);
            return true;
        }
        return false;
    }

    /** The run ended: says how recorded option prices were used. */
    void stop(RunLog log) {
        if (options != null && options.recorded()) log.info("options: prices %s", options.pricing());
    }
}
