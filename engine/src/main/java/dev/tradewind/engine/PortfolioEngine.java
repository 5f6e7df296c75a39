package dev.tradewind.engine;

import dev.tradewind.model.EquityCurve;

import dev.tradewind.engine.account.Portfolio;
import dev.tradewind.engine.account.TradeTracker;
import dev.tradewind.engine.account.Financing;
import dev.tradewind.engine.sim.SimulatedVenue;
import dev.tradewind.model.BacktestResult;

import dev.tradewind.indicators.IndicatorRegistry;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs many strategies on many symbols and timeframes against one account: the {@link Kernel} with one member per
 * strategy and one shared desk per symbol, driven by a {@link Replay} that merges the members' series by bar close. Each member has its own ledger (so one can
 * be long while another is short the same symbol); each symbol has one simulated venue that sees the members' market
 * orders netted per time step. Bars of all series are merged by the time they close, then series order, so a member
 * on hourly bars sees an hour only when it has closed, in the same step as its last minute. Per time step: members' bars
 * and indicators update; venues match the bars of their finest series; members are notified; enabled members' onBar
 * runs; netted orders go out; close fills; members and the account are marked. The account's curve is stamped with each
 * step's close time (members on different bar lengths share steps by their close).
 *
 * <p>Not modelled in portfolio runs: liquidation (members' ledgers are not liquidated and the account is not either),
 * cancelling a market order after its step was netted (a no-op: it is already at the venue).
 */
public final class PortfolioEngine {
    private final EngineConfig config;
    private final Compliance compliance;
    private final Schedule schedule;
    private final IndicatorRegistry indicators;

    /**
     * @param config     costs, fill mode, zone, execution, account and risk rules shared by all members; its instrument
     *                   and starting cash are ignored (members bring their instruments; see {@link #run})
     */
    public PortfolioEngine(EngineConfig config, Compliance compliance, Schedule schedule) {
        this(config, compliance, schedule, IndicatorRegistry.standard());
    }

    private PortfolioEngine(EngineConfig config, Compliance compliance, Schedule schedule, IndicatorRegistry indicators) {
        this.config = config;
        this.compliance = compliance;
        this.schedule = schedule;
        this.indicators = indicators;
    }

    /** A portfolio engine whose members resolve {@code ctx.indicator(spec)} with {@code registry} (see {@link Engine#withIndicators}). */
    public PortfolioEngine withIndicators(IndicatorRegistry registry) {
        return new PortfolioEngine(config, compliance, schedule, java.util.Objects.requireNonNull(registry, "registry"));
    }

    public PortfolioResult run(double startingCash, List<PortfolioMember> members) {
        double totalWeight = members.stream().mapToDouble(PortfolioMember::weight).sum();
        if (totalWeight > 1 + 1e-9) throw new IllegalArgumentException("member weights add up to " + totalWeight + " > 1");
        Map<String, Symbol> symbols = new LinkedHashMap<>();
        List<ComplianceAction> actions = new ArrayList<>();
        Exposure exposure = new Exposure() {
            @Override public double equity() { return accountEquity(symbols, startingCash); }
            @Override public double grossExcept(String s) { return exposure(symbols, s, true); }
            @Override public double netExcept(String s) { return exposure(symbols, s, false); }
            @Override public int openPositionsExcept(String s) {
                int n = 0;
                for (Symbol x : symbols.values()) if (!x.instrument.symbol().equals(s) && x.desk.account().quantity() != 0) n++;
                return n;
            }
        };
        Replay replay = new Replay();
        Lane[] lanes = new Lane[members.size()];
        for (int i = 0; i < members.size(); i++) {
            PortfolioMember m = members.get(i);
            Symbol sym = symbols.computeIfAbsent(m.instrument().symbol(), k -> new Symbol(m.instrument(),
                    config.withZone(config.zone()), compliance, config.risk().maxOpenPositions(), exposure, actions,
                    symbols.isEmpty() ? startingCash : 0));
            if (!sym.instrument.equals(m.instrument())) {
                throw new IllegalArgumentException("members of " + sym.instrument.symbol() + " disagree on its instrument");
            }
            sym.desk.router.addMember(i, m.id());
            EngineConfig mc = new EngineConfig(m.instrument(), Math.max(m.weight() * startingCash, 1e-9), config.commission(),
                    config.fillMode(), config.zone(), config.execution(), config.account(), config.risk());
            Run run = new Run(mc, m.strategy(), m.params(), new MemberVenue(sym.desk.router, i), null, m.bars().size(),
                    null, indicators);
            lanes[i] = new Lane(m.id(), run, new EquityCurve(m.bars().size()), m.weight() * startingCash,
                    m.strategy().onBarDuringWarmup());
            replay.feed(lanes[i], m.bars());
            if (sym.driver == null || m.bars().size() > sym.driver.size()) sym.driver = m.bars();
        }
        Desk[] desks = new Desk[symbols.size()];
        int d = 0;
        for (Symbol s : symbols.values()) {
            replay.feed(s.desk, s.driver);
            desks[d++] = s.desk;
        }
        int longest = members.stream().mapToInt(m -> m.bars().size()).max().orElse(16);
        EquityCurve account = new EquityCurve(longest);
        replay.run(new Kernel(lanes, desks, schedule, config.zone(), account, startingCash), null);
        List<BacktestResult> results = new ArrayList<>();
        double[] allocated = new double[lanes.length];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < lanes.length; i++) {
            Lane m = lanes[i];
            results.add(m.run.result(m.warmup, m.curve, m.capital));
            allocated[i] = m.capital;
            ids.add(m.id);
        }
        List<NettedOrder> netted = new ArrayList<>();
        Map<String, Double> bySymbol = new LinkedHashMap<>();
        for (Symbol s : symbols.values()) {
            netted.addAll(s.desk.router.netted());
            bySymbol.put(s.instrument.symbol(), s.desk.account().equity() - s.desk.initialCash);
        }
        return new PortfolioResult(ids, results, allocated, startingCash, account.time(), account.equity(), account.cash().toArray(),
                netted, List.copyOf(actions), bySymbol);
    }

    private static double accountEquity(Map<String, Symbol> symbols, double startingCash) {
        double e = 0;
        for (Symbol s : symbols.values()) e += s.desk.account().equity();
        return symbols.isEmpty() ? startingCash : e;
    }

    private static double exposure(Map<String, Symbol> symbols, String except, boolean gross) {
        double x = 0;
        for (Symbol s : symbols.values()) {
            if (s.instrument.symbol().equals(except)) continue;
            Portfolio a = s.desk.account();
            double v = a.quantity() * a.lastPrice() * s.instrument.multiplier();
            if (Double.isNaN(v)) continue;
            x += gross ? Math.abs(v) : v;
        }
        return x;
    }

    /** One symbol: its desk (venue, router, the account's book of it) and the series its venue matches against. */
    private static final class Symbol {
        final Instrument instrument;
        final Desk.Routed desk;
        BarSeries driver;

        Symbol(Instrument instrument, EngineConfig config, Compliance compliance, int maxOpenPositions, Exposure exposure,
                List<ComplianceAction> actions, double cash) {
            this.instrument = instrument;
            EngineConfig vc = new EngineConfig(instrument, 1, config.commission(), config.fillMode(), config.zone(),
                    config.execution(), config.account(), config.risk());
            SimulatedVenue venue = new SimulatedVenue(vc);
            Portfolio book = new Portfolio(instrument, cash, new TradeTracker(instrument.symbol(), t -> { }));
            Router router = new Router(instrument, venue, book, compliance, maxOpenPositions, exposure, actions);
            this.desk = new Desk.Routed(venue, router, new Financing(config.account(), instrument), cash);
        }
    }
}
