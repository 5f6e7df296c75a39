package dev.tradewind.analysis;

import dev.tradewind.model.UserError;
import dev.tradewind.runner.PortfolioConfig;
import dev.tradewind.runner.RunConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The production config: a {@link PortfolioConfig} holding only the strategies with a weight above 0, each enabled
 * with its weight. With a candidate config, each strategy is matched to the member whose id equals its name (or,
 * failing that, equals it once both have every character outside {@code A-Z a-z 0-9 . _ -} replaced by {@code _},
 * for names taken from file names); the members keep their order and fields, and the account settings are copied
 * (cash, costs, fill, compliance limits, zone; the schedule with each day's list cut to the kept members).
 * Without one, members carry the id and weight only (strategy, symbol, data, timeframe, params and instrument are
 * null), the cash is the analysis' capital, there are no costs and fills are next-open.
 */
public final class ProductionConfig {
    private ProductionConfig() {}

    /**
     * The config for {@code weights} (one per name of {@code names}, each at least 0, adding up to at most 1: a
     * portfolio allocates at most its capital); {@code candidates} may be null.
     */
    public static PortfolioConfig build(List<String> names, double[] weights, PortfolioConfig candidates, double capital) {
        double total = 0;
        for (double w : weights) {
            if (!(w >= 0)) throw new IllegalArgumentException("weight " + w);
            total += w;
        }
        if (total > 1 + 1e-9) throw new IllegalArgumentException("weights add up to " + total + " > 1");
        if (candidates == null) {
            List<PortfolioConfig.Member> members = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (weights[i] > 0) members.add(new PortfolioConfig.Member(names.get(i), null, null, null, null, null, weights[i], true, null));
            }
            return new PortfolioConfig(capital, new RunConfig.CommissionConfig(0, 0, 0), 0, "next-open", members);
        }
        Map<Integer, Double> byMember = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (weights[i] > 0) byMember.put(member(candidates, names.get(i)), weights[i]);
        }
        List<PortfolioConfig.Member> members = new ArrayList<>();
        List<PortfolioConfig.Member> all = members(candidates);
        for (int k = 0; k < all.size(); k++) {
            Double w = byMember.get(k);
            if (w == null) continue;
            PortfolioConfig.Member m = all.get(k);
            members.add(new PortfolioConfig.Member(m.id(), m.strategy(), m.symbol(), m.data(), m.timeframe(), m.params(), w, true, m.instrument()));
        }
        return new PortfolioConfig(candidates.cash(), candidates.commission(), candidates.slippageBps(), candidates.fill(), members,
                candidates.compliance(), schedule(candidates.schedule(), members), candidates.zone());
    }

    /** The candidates' schedule with each day's list cut to the production members (a day left empty trades nothing). */
    private static Map<String, List<String>> schedule(Map<String, List<String>> schedule, List<PortfolioConfig.Member> members) {
        if (schedule == null) return null;
        java.util.Set<String> kept = new java.util.HashSet<>();
        for (PortfolioConfig.Member m : members) kept.add(m.id());
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (var e : new java.util.TreeMap<>(schedule).entrySet()) out.put(e.getKey(), e.getValue().stream().filter(kept::contains).toList());
        return out;
    }

    /** The index of the member of {@code config} for the strategy {@code name}, or -1 when none matches. */
    public static int find(PortfolioConfig config, String name) {
        List<PortfolioConfig.Member> all = members(config);
        for (int k = 0; k < all.size(); k++) if (name.equals(all.get(k).id())) return k;
        int found = -1;
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).id() != null && sanitize(all.get(k).id()).equals(sanitize(name))) {
                if (found >= 0) {
                    throw new UserError("strategy '" + name + "' matches two members of the config: '" + all.get(found).id()
                            + "' and '" + all.get(k).id() + "'; add a strategy column to the trades file");
                }
                found = k;
            }
        }
        return found;
    }

    private static int member(PortfolioConfig config, String name) {
        int k = find(config, name);
        if (k < 0) {
            List<String> ids = new ArrayList<>();
            for (PortfolioConfig.Member m : members(config)) ids.add(m.id());
            throw new UserError("strategy '" + name + "' has a weight but no member of the config has that id (members: "
                    + String.join(", ", ids) + ")");
        }
        return k;
    }

    private static List<PortfolioConfig.Member> members(PortfolioConfig c) {
        return c.strategies() == null ? List.of() : c.strategies();
    }

    static String sanitize(String s) { return s.replaceAll("[^A-Za-z0-9._-]", "_"); }
}
