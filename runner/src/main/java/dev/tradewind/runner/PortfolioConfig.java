package dev.tradewind.runner;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A portfolio: many strategies on many symbols and timeframes sharing one account. The same JSON is written by the
 * weighting step (the production config) and read by a portfolio backtest.
 *
 * @param cash        starting cash of the shared account
 * @param commission  commission parts applied to every fill
 * @param slippageBps slippage on market and stop fills
 * @param fill        next-open or close
 * @param strategies  the members; only enabled members with a weight above zero trade
 * @param compliance  portfolio exposure limits (null: none)
 * @param schedule    daily decisions: from each date (ISO) on, only the listed member ids trade (null: all, always)
 * @param zone        time zone of the data files' local times and of the schedule's days (null: UTC)
 */
public record PortfolioConfig(double cash, RunConfig.CommissionConfig commission,
        @JsonProperty("slippage_bps") double slippageBps, String fill, List<Member> strategies,
        ComplianceConfig compliance, Map<String, List<String>> schedule, String zone) {

    /** A portfolio without compliance limits or schedule, in UTC. */
    public PortfolioConfig(double cash, RunConfig.CommissionConfig commission, double slippageBps, String fill,
            List<Member> strategies) {
        this(cash, commission, slippageBps, fill, strategies, null, null, null);
    }

    /**
     * Exposure limits as multiples of account equity (0: off), and the most symbols held at once (null or 0: off).
     */
    public record ComplianceConfig(@JsonProperty("max_gross") double maxGross, @JsonProperty("max_net") double maxNet,
            @JsonProperty("max_per_symbol") double maxPerSymbol, @JsonProperty("max_open_positions") Integer maxOpenPositions) {

        public ComplianceConfig(double maxGross, double maxNet, double maxPerSymbol) { this(maxGross, maxNet, maxPerSymbol, null); }
    }

    /**
     * One strategy on one symbol and timeframe.
     *
     * @param id         unique name of this member, e.g. {@code sma-cross/FILUSDT/1h}
     * @param strategy   built-in name or path to a .java file
     * @param symbol     instrument symbol
     * @param data       bar file (or, later, a catalog reference)
     * @param timeframe  bar size the strategy runs on (the data is resampled when coarser than the file)
     * @param params     strategy parameters as text
     * @param weight     share of the account's capital allocated to this member (0..1)
     * @param enabled    whether it trades
     * @param instrument grid and settlement of the symbol
     */
    public record Member(String id, String strategy, String symbol, String data, String timeframe,
            Map<String, String> params, double weight, boolean enabled, RunConfig.InstrumentConfig instrument) {}
}
