package dev.tradewind.runner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fully resolved configuration of a backtest: written to config.json by every run, and read by
 * {@code backtest --config} to reproduce the run byte for byte. Every default is filled in.
 *
 * @param data         the bar file, as given
 * @param dataSha256   fingerprint of the bar file; a rerun refuses a file that changed
 * @param symbol       instrument symbol
 * @param zone         time zone for local times in the file and for DAY orders
 * @param priceColumn  close or adj-close (Yahoo files)
 * @param badRows      fail, skip or repair
 * @param from         first bar time kept (ISO date or date-time, inclusive), or null
 * @param to           bars before this time are kept (exclusive), or null
 * @param strategy     a built-in name or a path to a .java file
 * @param strategySha256 fingerprint of the .java file, or null for a built-in
 * @param params       every strategy parameter, resolved
 * @param cash         starting cash
 * @param commission   commission parts
 * @param slippageBps  slippage on market and stop fills
 * @param fill         next-open or close
 * @param instrument   the instrument's grid and settlement
 * @param gaps         what to do with missing bars: leave, fill or drop
 * @param factors      the look-back lengths of the factor columns
 * @param rules        execution, account and risk rules (volume cap, latency, slippage model, funding, limits...)
 * @param sqnStdev     standard deviation of SQN: sample (default, divisor n - 1) or population (divisor n, backtrader);
 *                     null reads as sample
 * @param timeframe    the bar size the strategy runs on, e.g. {@code 5m} or {@code 1h}: the data's bars resampled (buckets
 *                     and days in {@code zone}); null (left out of config.json): the data's own bars
 * @param desk         the option and futures desks of the run ({@code --options}, {@code --futures}), resolved against
 *                     what the strategy declares; null (left out of config.json): none
 */
public record RunConfig(
        String data,
        @JsonProperty("data_sha256") String dataSha256,
        String symbol,
        String zone,
        @JsonProperty("price_column") String priceColumn,
        @JsonProperty("bad_rows") String badRows,
        String from,
        String to,
        String strategy,
        @JsonProperty("strategy_sha256") String strategySha256,
        Map<String, String> params,
        double cash,
        CommissionConfig commission,
        @JsonProperty("slippage_bps") double slippageBps,
        String fill,
        InstrumentConfig instrument,
        String gaps,
        int[] factors,
        RunRules rules,
        @JsonProperty("sqn_stdev") String sqnStdev,
        @JsonInclude(JsonInclude.Include.NON_NULL) String timeframe,
        @JsonInclude(JsonInclude.Include.NON_NULL) DeskConfig desk) {

    /** A configuration without option or futures desks. */
    public RunConfig(String data, String dataSha256, String symbol, String zone, String priceColumn, String badRows,
            String from, String to, String strategy, String strategySha256, Map<String, String> params, double cash,
            CommissionConfig commission, double slippageBps, String fill, InstrumentConfig instrument, String gaps,
            int[] factors, RunRules rules, String sqnStdev, String timeframe) {
        this(data, dataSha256, symbol, zone, priceColumn, badRows, from, to, strategy, strategySha256, params, cash,
                commission, slippageBps, fill, instrument, gaps, factors, rules, sqnStdev, timeframe, null);
    }

    /** A configuration on the data's own bars. */
    public RunConfig(String data, String dataSha256, String symbol, String zone, String priceColumn, String badRows,
            String from, String to, String strategy, String strategySha256, Map<String, String> params, double cash,
            CommissionConfig commission, double slippageBps, String fill, InstrumentConfig instrument, String gaps,
            int[] factors, RunRules rules, String sqnStdev) {
        this(data, dataSha256, symbol, zone, priceColumn, badRows, from, to, strategy, strategySha256, params, cash,
                commission, slippageBps, fill, instrument, gaps, factors, rules, sqnStdev, null);
    }

    /** A configuration with the default SQN deviation (sample). */
    public RunConfig(String data, String dataSha256, String symbol, String zone, String priceColumn, String badRows,
            String from, String to, String strategy, String strategySha256, Map<String, String> params, double cash,
            CommissionConfig commission, double slippageBps, String fill, InstrumentConfig instrument, String gaps,
            int[] factors, RunRules rules) {
        this(data, dataSha256, symbol, zone, priceColumn, badRows, from, to, strategy, strategySha256, params, cash,
                commission, slippageBps, fill, instrument, gaps, factors, rules, "sample");
    }

    /** A configuration with default rules. */
    public RunConfig(String data, String dataSha256, String symbol, String zone, String priceColumn, String badRows,
            String from, String to, String strategy, String strategySha256, Map<String, String> params, double cash,
            CommissionConfig commission, double slippageBps, String fill, InstrumentConfig instrument, String gaps,
            int[] factors) {
        this(data, dataSha256, symbol, zone, priceColumn, badRows, from, to, strategy, strategySha256, params, cash,
                commission, slippageBps, fill, instrument, gaps, factors, RunRules.DEFAULT);
    }

    /** This configuration with other rules. */
    public RunConfig withRules(RunRules r) {
        return new RunConfig(data, dataSha256, symbol, zone, priceColumn, badRows, from, to, strategy, strategySha256,
                params, cash, commission, slippageBps, fill, instrument, gaps, factors, r, sqnStdev, timeframe, desk);
    }

    /** This configuration on another bar size (null: the data's own bars). */
    public RunConfig withTimeframe(String t) {
        return new RunConfig(data, dataSha256, symbol, zone, priceColumn, badRows, from, to, strategy, strategySha256,
                params, cash, commission, slippageBps, fill, instrument, gaps, factors, rules, sqnStdev, t, desk);
    }

    /** This configuration with other option and futures desks (null: none). */
    public RunConfig withDesk(DeskConfig d) {
        return new RunConfig(data, dataSha256, symbol, zone, priceColumn, badRows, from, to, strategy, strategySha256,
                params, cash, commission, slippageBps, fill, instrument, gaps, factors, rules, sqnStdev, timeframe, d);
    }

    /** This configuration from another first bar time ({@code from}, inclusive). */
    public RunConfig withFrom(String f) {
        return new RunConfig(data, dataSha256, symbol, zone, priceColumn, badRows, f, to, strategy, strategySha256,
                params, cash, commission, slippageBps, fill, instrument, gaps, factors, rules, sqnStdev, timeframe, desk);
    }

    /**
     * The option and futures desks of a run; null fields are not set. In a resolved configuration (config.json) every
     * field the run used is set.
     *
     * @param options          the options' expiry calendar: spxw, spx, nifty or banknifty; null: no options
     * @param optionVol        the constant annual volatility options are priced at (0.18 = 18%); null with a surface
     * @param volSurface       a chain snapshot file whose implied volatilities price the options instead, or null
     * @param volSurfaceSha256 fingerprint of that file; a rerun refuses a changed file
     * @param futures          the futures contracts: es; null: no futures
     * @param optionQuotes     the underlying whose recorded option quotes in the catalog the options trade and are marked
     *                         at where fresh (e.g. SPX), the model elsewhere; null: every price modelled
     * @param quoteMaxAge      how old a recorded quote may be at a bar's close (1d, 4h, 15m); null without quotes
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeskConfig(String options, @JsonProperty("option_vol") Double optionVol,
            @JsonProperty("vol_surface") String volSurface, @JsonProperty("vol_surface_sha256") String volSurfaceSha256,
            String futures, @JsonProperty("option_quotes") String optionQuotes, @JsonProperty("quote_max_age") String quoteMaxAge) {

        /** Desks with every option price modelled. */
        public DeskConfig(String options, Double optionVol, String volSurface, String volSurfaceSha256, String futures) {
            this(options, optionVol, volSurface, volSurfaceSha256, futures, null, null);
        }

        /** Whether nothing is set. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isEmpty() {
            return options == null && optionVol == null && volSurface == null && futures == null && optionQuotes == null
                    && quoteMaxAge == null;
        }
    }

    /**
     * Commission parts: taker percent of traded value, maker percent (null: same as taker), fixed per order, per unit,
     * and a minimum per fill (null: none).
     */
    public record CommissionConfig(double percent, @JsonProperty("maker_percent") Double makerPercent,
            @JsonProperty("per_order") double perOrder, @JsonProperty("per_unit") double perUnit, Double minimum) {

        public CommissionConfig(double percent, double perOrder, double perUnit) { this(percent, null, perOrder, perUnit, null); }
    }

    /**
     * Instrument grid and settlement: kind spot or future, maintenance margin rate (null: half the initial margin),
     * minimum order value (null: none), futures margins as fixed amounts per contract (null: the rates apply; the
     * maintenance per contract defaults to half the initial), and where the tick came from: {@code tick_inferred}
     * true when it was inferred from the data's decimals, false when given. A tick of 0 means no rounding when
     * {@code tick_inferred} is false, and "infer it" when it is null (older configs).
     */
    public record InstrumentConfig(String kind, double tick, double lot, double multiplier, double margin,
            Double maintenance, @JsonProperty("min_notional") Double minNotional,
            @JsonProperty("margin_per_contract") Double marginPerContract,
            @JsonProperty("maintenance_per_contract") Double maintenancePerContract,
            @JsonProperty("tick_inferred") Boolean tickInferred) {

        public InstrumentConfig(String kind, double tick, double lot, double multiplier, double margin) {
            this(kind, tick, lot, multiplier, margin, null, null);
        }

        public InstrumentConfig(String kind, double tick, double lot, double multiplier, double margin, Double maintenance,
                Double minNotional) {
            this(kind, tick, lot, multiplier, margin, maintenance, minNotional, null, null, null);
        }

        /** Whether the tick is to be inferred from the data. */
        public boolean infersTick() { return tick == 0 && !Boolean.FALSE.equals(tickInferred); }
    }

    /** Every default: UTC, close, fail on bad rows, 10,000 cash, no costs, next-open fills, a spot instrument with
     * its tick inferred from the data and a lot of 1e-8, gaps left as they are, factors over 10, 20, 30, 50, 100. */
    public static RunConfig defaults() {
        return new RunConfig(null, null, null, "UTC", "close", "fail", null, null, null, null, new LinkedHashMap<>(),
                10_000, new RunConfig.CommissionConfig(0, 0, 0), 0, "next-open",
                new RunConfig.InstrumentConfig("spot", 0, 1e-8, 1, 0.1), "leave", new int[] {10, 20, 30, 50, 100});
    }
}
