package dev.tradewind.engine;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.strategy.Strategy;
import java.util.Map;

/**
 * One strategy on one symbol and timeframe inside a portfolio run, with its own ledger funded by {@code weight} of the
 * account's starting cash.
 *
 * @param id         unique name, e.g. {@code sma-cross/FILUSDT/1h}
 * @param strategy   a fresh strategy instance (strategies hold per-run state)
 * @param params     its resolved parameters, for reports
 * @param bars       the bars it runs on; members of one symbol may use different timeframes
 * @param instrument the symbol's instrument; members of one symbol must agree on it
 * @param weight     share of the starting cash allocated to this member (0..1)
 */
public record PortfolioMember(String id, Strategy strategy, Map<String, String> params, BarSeries bars,
        Instrument instrument, double weight) {

    public PortfolioMember {
        if (!(weight >= 0 && weight <= 1)) throw new IllegalArgumentException("weight of " + id + " must be in [0, 1]");
    }
}
