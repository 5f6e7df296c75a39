package dev.tradewind.runner;

import dev.tradewind.data.CsvBarLoader;
import dev.tradewind.data.DataException;
import dev.tradewind.data.LoadOptions;
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
import dev.tradewind.strategy.ParamException;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.nio.file.Path;
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
        ZoneId zone = ZoneId.of(c.zone() == null ? "UTC" : c.zone());
        Map<String, BarSeries> cache = new HashMap<>();
        List<PortfolioMember> members = new ArrayList<>();
        for (PortfolioConfig.Member m : active(c)) {
            BarSeries bars = bars(m, zone, cache);
            Instrument inst = instrument(m, bars);
            Class<? extends Strategy> type = StrategySource.resolve(m.strategy()).type();
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

    private static BarSeries bars(PortfolioConfig.Member m, ZoneId zone, Map<String, BarSeries> cache) {
        if (m.data() == null) throw new UserError(m.id() + ": no data file");
        BarSeries raw = cache.get(m.data() + "|" + m.symbol());
        if (raw == null) {
            try {
                LoadOptions o = LoadOptions.defaults().withZone(zone);
                if (m.symbol() != null) o = o.withSymbol(m.symbol());
                raw = CsvBarLoader.load(Path.of(m.data()), o).series();
            } catch (DataException e) {
                throw new UserError(e.getMessage(), e);
            }
            cache.put(m.data() + "|" + m.symbol(), raw);
        }
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

    private static Instrument instrument(PortfolioConfig.Member m, BarSeries bars) {
        RunConfig.InstrumentConfig i = m.instrument() == null ? RunConfig.defaults().instrument() : m.instrument();
        Instrument.Kind kind = Backtester.enumOf(Instrument.Kind.class, i.kind(), m.id() + ": instrument kind");
        double tick = i.tick() > 0 ? i.tick() : TickSize.infer(bars);
        try {
            return new Instrument(bars.symbol(), kind, tick, i.lot(), i.multiplier(), i.margin(),
                    i.maintenance() == null ? i.margin() / 2 : i.maintenance(), i.minNotional() == null ? 0 : i.minNotional());
        } catch (IllegalArgumentException e) {
            throw new UserError(m.id() + ": instrument: " + e.getMessage(), e);
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
