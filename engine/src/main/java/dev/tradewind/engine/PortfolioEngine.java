package dev.tradewind.engine;

import dev.tradewind.indicators.IndicatorRegistry;
import dev.tradewind.model.DayCounter;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Times;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs many strategies on many symbols and timeframes against one account. Each member has its own ledger (so one can
 * be long while another is short the same symbol); each symbol has one simulated venue that sees the members' market
 * orders netted per time step. Bars of all series are merged by the time they close, then series order, so a member
 * on hourly bars sees an hour only when it has closed, in the same step as its last minute. Per time step: members' bars
 * and indicators update; venues match the bars of their finest series; members are notified; enabled members' onBar
 * runs; netted orders go out; close fills; members and the account are marked.
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
                for (Symbol x : symbols.values()) if (!x.instrument.symbol().equals(s) && x.router.account().quantity() != 0) n++;
                return n;
            }
        };
        List<Member> runs = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            PortfolioMember m = members.get(i);
            Symbol sym = symbols.computeIfAbsent(m.instrument().symbol(), k -> new Symbol(m.instrument(),
                    config.withZone(config.zone()), compliance, config.risk().maxOpenPositions(), exposure, actions,
                    symbols.isEmpty() ? startingCash : 0));
            if (!sym.instrument.equals(m.instrument())) {
                throw new IllegalArgumentException("members of " + sym.instrument.symbol() + " disagree on its instrument");
            }
            sym.router.addMember(i, m.id());
            EngineConfig mc = new EngineConfig(m.instrument(), Math.max(m.weight() * startingCash, 1e-9), config.commission(),
                    config.fillMode(), config.zone(), config.execution(), config.account(), config.risk());
            Run run = new Run(mc, m.strategy(), m.params(), new MemberVenue(sym.router, i), null, m.bars().size(),
                    null, indicators);
            run.noLiquidation();
            run.historyFrom(m.bars());
            Member mem = new Member(m, run, sym, new EquityCurve(m.bars().size()), m.weight() * startingCash);
            runs.add(mem);
            if (sym.driver == null || m.bars().size() > sym.driver.size()) sym.driver = m.bars();
        }
        for (Member m : runs) m.warmup = m.run.start();
        return loop(startingCash, members, runs, symbols, actions);
    }

    private PortfolioResult loop(double startingCash, List<PortfolioMember> spec, List<Member> runs,
            Map<String, Symbol> symbols, List<ComplianceAction> actions) {
        List<BarSeries> series = new ArrayList<>();
        for (Member m : runs) if (!series.contains(m.spec.bars())) series.add(m.spec.bars());
        for (Symbol s : symbols.values()) if (!series.contains(s.driver)) series.add(s.driver);
        int[] cursor = new int[series.size()];
        long[] span = new long[series.size()];
        for (int k = 0; k < series.size(); k++) span[k] = barSpan(series.get(k));
        EquityCurve account = new EquityCurve(series.stream().mapToInt(BarSeries::size).max().orElse(16));
        DayCounter days = new DayCounter(config.zone());
        while (true) {
            long end = Long.MAX_VALUE;
            for (int k = 0; k < series.size(); k++) {
                if (cursor[k] < series.get(k).size()) end = Math.min(end, series.get(k).time()[cursor[k]] + span[k]);
            }
            if (end == Long.MAX_VALUE) break;
            final long e = end;
            LocalDate day = LocalDate.ofEpochDay(days.day(end - 1));
            List<Member> active = new ArrayList<>();
            for (Member m : runs) if (at(m.spec.bars(), cursor, series, span, e)) active.add(m);
            for (Member m : active) {
                BarSeries b = m.spec.bars();
                int i = cursor[series.indexOf(b)];
                m.run.beginBar(b.time()[i], b.open()[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i]);
            }
            long t = end;
            for (Symbol s : symbols.values()) {
                if (!at(s.driver, cursor, series, span, e)) continue;
                int i = cursor[series.indexOf(s.driver)];
                t = s.driver.time()[i];
                s.router.setTime(t);
                s.financing.beforeBar(t, s.driver.open()[i], s.router.account());
                s.router.crossAtOpen(t, s.driver.open()[i]);
                s.venue.onBar(t, s.driver.open()[i], s.driver.high()[i], s.driver.low()[i], s.driver.close()[i], s.driver.volume()[i]);
            }
            for (Member m : active) m.run.afterMatch();
            for (Member m : active) {
                boolean on = schedule.enabled(m.spec.id(), day);
                if (!on && m.enabled) m.run.flatten();
                m.enabled = on;
                if (on && m.bars >= m.warmup) m.run.callOnBar();
                m.bars++;
            }
            for (Symbol s : symbols.values()) s.router.flush();
            for (Symbol s : symbols.values()) {
                if (!at(s.driver, cursor, series, span, e)) continue;
                int i = cursor[series.indexOf(s.driver)];
                s.venue.onBarClose(s.driver.time()[i], s.driver.close()[i]);
                s.router.account().mark(s.driver.close()[i]);
                s.router.setPrice(s.driver.close()[i]);
            }
            for (Member m : active) m.run.closeBar(m.curve);
            account.add(t, accountEquity(symbols, startingCash), accountCash(symbols), 0);
            for (int k = 0; k < series.size(); k++) if (at(series.get(k), cursor, series, span, e)) cursor[k]++;
        }
        for (Member m : runs) m.run.stop();
        List<BacktestResult> results = new ArrayList<>();
        double[] allocated = new double[runs.size()];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Member m = runs.get(i);
            results.add(m.run.result(m.warmup, m.curve, m.capital));
            allocated[i] = m.capital;
            ids.add(m.spec.id());
        }
        List<NettedOrder> netted = new ArrayList<>();
        Map<String, Double> bySymbol = new LinkedHashMap<>();
        for (Symbol s : symbols.values()) {
            netted.addAll(s.router.netted());
            Portfolio a = s.router.account();
            bySymbol.put(s.instrument.symbol(), a.equity() - s.initialCash);
        }
        return new PortfolioResult(ids, results, allocated, startingCash, account.time(), account.equity(), account.cash(),
                netted, List.copyOf(actions), bySymbol);
    }

    /** Whether series {@code b}'s current bar closes at {@code end}. */
    private static boolean at(BarSeries b, int[] cursor, List<BarSeries> series, long[] span, long end) {
        int k = series.indexOf(b);
        int i = cursor[k];
        return i < b.size() && b.time()[i] + span[k] == end;
    }

    /** A series' bar length: the smallest gap between consecutive bars (0 for a single bar). */
    private static long barSpan(BarSeries b) {
        long min = Long.MAX_VALUE;
        for (int i = 1; i < b.size(); i++) min = Math.min(min, b.time()[i] - b.time()[i - 1]);
        return min == Long.MAX_VALUE ? 0 : min;
    }

    private static double accountEquity(Map<String, Symbol> symbols, double startingCash) {
        double e = 0;
        for (Symbol s : symbols.values()) e += s.router.account().equity();
        return symbols.isEmpty() ? startingCash : e;
    }

    private static double accountCash(Map<String, Symbol> symbols) {
        double c = 0;
        for (Symbol s : symbols.values()) c += s.router.account().cash();
        return c;
    }

    private static double exposure(Map<String, Symbol> symbols, String except, boolean gross) {
        double x = 0;
        for (Symbol s : symbols.values()) {
            if (s.instrument.symbol().equals(except)) continue;
            Portfolio a = s.router.account();
            double v = a.quantity() * a.lastPrice() * s.instrument.multiplier();
            if (Double.isNaN(v)) continue;
            x += gross ? Math.abs(v) : v;
        }
        return x;
    }

    /** One symbol: its venue, router and the account's book of it. */
    private static final class Symbol {
        final Instrument instrument;
        final SimulatedVenue venue;
        final Router router;
        final double initialCash;
        final Financing financing;
        BarSeries driver;

        Symbol(Instrument instrument, EngineConfig config, Compliance compliance, int maxOpenPositions, Exposure exposure,
                List<ComplianceAction> actions, double cash) {
            this.instrument = instrument;
            this.initialCash = cash;
            EngineConfig vc = new EngineConfig(instrument, 1, config.commission(), config.fillMode(), config.zone(),
                    config.execution(), config.account(), config.risk());
            this.venue = new SimulatedVenue(vc);
            Portfolio book = new Portfolio(instrument, cash, new TradeTracker(instrument.symbol(), t -> { }));
            this.router = new Router(instrument, venue, book, compliance, maxOpenPositions, exposure, actions);
            this.financing = new Financing(config.account(), instrument);
        }
    }

    /** One member's run and bookkeeping. */
    private static final class Member {
        final PortfolioMember spec;
        final Run run;
        final Symbol symbol;
        final EquityCurve curve;
        final double capital;
        int warmup;
        int bars;
        boolean enabled = true;

        Member(PortfolioMember spec, Run run, Symbol symbol, EquityCurve curve, double capital) {
            this.spec = spec;
            this.run = run;
            this.symbol = symbol;
            this.curve = curve;
            this.capital = capital;
        }
    }
}
