package dev.tradewind.runner;

import dev.tradewind.data.DataException;
import dev.tradewind.data.Resampler;
import dev.tradewind.data.Timeframe;
import dev.tradewind.engine.Compliance;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.PortfolioEngine;
import dev.tradewind.engine.PortfolioMember;
import dev.tradewind.engine.PortfolioResult;
import dev.tradewind.engine.Schedule;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.UserError;
import dev.tradewind.strategy.ParamException;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs a {@link PortfolioConfig} as one portfolio: loads each member's bars, builds its strategy, runs the engine. */
public final class PortfolioRunner {
    private PortfolioRunner() {}

    /** The enabled members with a weight above zero, in configuration order. */
    public static List<PortfolioConfig.Member> active(PortfolioConfig c) {
        if (c.strategies() == null || c.strategies().isEmpty()) throw new UserError("portfolio: no strategies");
        List<PortfolioConfig.Member> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (PortfolioConfig.Member m : c.strategies()) {
            if (m.id() == null || !ids.add(m.id())) throw new UserError("portfolio: member ids must be present and unique: " + m.id());
            if (m.enabled() && m.weight() > 0) out.add(m);
        }
        if (out.isEmpty()) throw new UserError("portfolio: no enabled member has a weight above 0");
        return out;
    }

    public static PortfolioResult run(PortfolioConfig c) {
        return run(c, null, null);
    }

    /**
     * Runs the portfolio on the bars of every member's data from {@code from} (inclusive) to {@code to} (exclusive),
     * ISO dates or date-times in the config's zone as {@code backtest --from/--to}; null: no bound. Indicators warm up
     * inside the range, so a run from a split date sees nothing before it.
     */
    public static PortfolioResult run(PortfolioConfig c, String from, String to) {
        checkRange(c, from, to);
        ZoneId zone = zone(c);
        Map<String, Backtester.Prepared> cache = new HashMap<>();
        List<PortfolioMember> members = new ArrayList<>();
        for (PortfolioConfig.Member m : active(c)) {
            Backtester.Prepared p = cache.computeIfAbsent(m.data() + "|" + m.symbol() + "|" + m.instrument(),
                    k -> prepare(m, zone, from, to));
            BarSeries bars = timeframe(m, p.bars(), zone);
            Instrument inst = p.instrument();
            Class<? extends Strategy> type = StrategySource.resolve(m.strategy()).type();
            Desks.refuse(type, "portfolios");
            ParamSchema schema = ParamSchema.of(type);
            Strategy s;
            try {
                s = schema.create(m.params() == null ? Map.of() : m.params());
            } catch (ParamException e) {
                throw new UserError(m.id() + ": " + e.getMessage(), e);
            }
            members.add(new PortfolioMember(m.id(), s, schema.values(s), bars, inst, m.weight()));
        }
        RunConfig base = new RunConfig(null, null, null, zone.getId(), "close", "fail", null, null, null, null, Map.of(), c.cash(),
                c.commission() == null ? new RunConfig.CommissionConfig(0, 0, 0) : c.commission(), c.slippageBps(),
                c.fill() == null ? "next-open" : c.fill(), null, "leave", null);
        EngineConfig config = EngineSettings.of(base, members.get(0).instrument(), zone);
        var k = c.compliance();
        if (k != null && k.maxOpenPositions() != null && k.maxOpenPositions() > 0) {
            config = config.withRisk(config.risk().withMaxOpenPositions(k.maxOpenPositions()));
        }
        Compliance compliance = k == null ? Compliance.NONE : new Compliance(k.maxGross(), k.maxNet(), k.maxPerSymbol());
        try {
            return new PortfolioEngine(config, compliance, schedule(c)).run(c.cash(), members);
        } catch (IllegalArgumentException e) {
            throw new UserError("portfolio: " + e.getMessage(), e);
        }
    }

    /** The config's zone (UTC when null); an unknown one is the user's error. */
    private static ZoneId zone(PortfolioConfig c) {
        try {
            return ZoneId.of(c.zone() == null ? "UTC" : c.zone());
        } catch (java.time.DateTimeException e) {
            throw new UserError("portfolio zone: expected a time zone like UTC or America/New_York, got '" + c.zone() + "'", e);
        }
    }

    /** Refuses a range bound that is not a date or date-time, or a {@code from} after {@code to}, once for every member. */
    static void checkRange(PortfolioConfig c, String from, String to) {
        ZoneId zone = zone(c);
        long f = from == null ? Long.MIN_VALUE : TimeArg.parse(from, zone, "--from");
        long t = to == null ? Long.MAX_VALUE : TimeArg.parse(to, zone, "--to");
        if (f > t) throw new UserError("--from " + from + " is after --to " + to);
    }

    /** A member's data and instrument, loaded and checked exactly as a backtest of it would be (file or catalog). */
    private static Backtester.Prepared prepare(PortfolioConfig.Member m, ZoneId zone, String from, String to) {
        if (m.data() == null) throw new UserError(m.id() + ": no data file");
        RunConfig d = RunConfig.defaults();
        RunConfig rc = new RunConfig(m.data(), null, m.symbol(), zone.getId(), d.priceColumn(), d.badRows(), from, to,
                m.strategy(), null, Map.of(), d.cash(), d.commission(), 0, d.fill(),
                m.instrument() == null ? d.instrument() : m.instrument(), d.gaps(), d.factors());
        try {
            return Backtester.prepare(rc);
        } catch (UserError e) {
            throw new UserError(m.id() + ": " + e.getMessage(), e);
        }
    }

    /** The member's bars at its timeframe: the data's own, or resampled when coarser. */
    private static BarSeries timeframe(PortfolioConfig.Member m, BarSeries raw, ZoneId zone) {
        if (m.timeframe() == null) return raw;
        try {
            Timeframe want = Timeframe.parse(m.timeframe());
            Timeframe have = Timeframe.detect(raw);
            if (want.equals(have)) return raw;
            return Resampler.resample(raw, have, want, zone).series();
        } catch (DataException e) {
            throw new UserError(m.id() + ": timeframe " + m.timeframe() + ": " + e.getMessage(), e);
        }
    }

    private static Schedule schedule(PortfolioConfig c) {
        if (c.schedule() == null || c.schedule().isEmpty()) return Schedule.ALWAYS;
        Map<LocalDate, Set<String>> decisions = new HashMap<>();
        for (var e : c.schedule().entrySet()) {
            try {
                decisions.put(LocalDate.parse(e.getKey()), Set.copyOf(e.getValue()));
            } catch (DateTimeParseException x) {
                throw new UserError("portfolio schedule: expected a date like 2023-08-15, got '" + e.getKey() + "'");
            }
        }
        return Schedule.byDate(decisions);
    }
}
