package dev.tradewind.cli;

import dev.tradewind.runner.Num;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.ExecutionNotes;
import dev.tradewind.metrics.Statistics;
import dev.tradewind.model.Times;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The console report: a few aligned two-column tables a person can read at a glance. */
final class Report {
    private Report() {}

    /** The report of a backtest's outcome. */
    static String render(dev.tradewind.runner.Backtester.Outcome o) {
        return render(o.config(), o.result(), o.statistics(), o.dataSummary(), o.pricing(), o.ordersHash());
    }

    /**
     * The report, with how option or futures contracts were priced ({@code pricing}, null: none) under the data and
     * the result's orders hash.
     */
    static String render(RunConfig c, BacktestResult r, Statistics s, String dataSummary, String pricing, String ordersHash) {
        StringBuilder out = new StringBuilder();
        List<String[]> run = new ArrayList<>();
        run.add(row("strategy", c.strategy()));
        for (Map.Entry<String, String> p : c.params().entrySet()) run.add(row("  " + p.getKey(), p.getValue()));
        run.add(row("data", dataSummary));
        if (pricing != null) run.add(row("pricing", pricing.contains("recorded quotes") ? pricing : pricing + " (not recorded prices)"));
        if (r.bars() > 0) {
            run.add(row("period", Times.format(r.time()[0]) + " .. " + Times.format(r.time()[r.bars() - 1])));
        }
        run.add(row("bars", r.bars() + " (warm-up " + r.warmup() + ")"));
        run.add(row("costs", "commission " + Num.plain(c.commission().percent()) + "% + " + Num.plain(c.commission().perOrder())
                + "/order + " + Num.plain(c.commission().perUnit()) + "/unit, slippage " + Num.plain(c.slippageBps())
                + " bps, fill at " + c.fill()));
        ExecutionNotes n = r.notes();
        if (n.slippageChangedByTick()) {
            run.add(row("slippage", "requested " + Num.fixed(n.requestedSlippageBps(), 2) + " bps, effective average "
                    + Num.fixed(n.effectiveSlippageBps(), 2) + " bps over " + n.slippedFills() + " fills (rounded to the "
                    + Num.plain(c.instrument().tick()) + " tick against the trader)"));
        }
        boolean inferred = Boolean.TRUE.equals(c.instrument().tickInferred());
        String tick = c.instrument().tick() == 0 ? "none (prices not rounded)"
                : Num.plain(c.instrument().tick()) + (inferred ? " (inferred from the data's decimals)" : "");
        if (n.roundedPrices() > 0) {
            tick += "; " + n.roundedPrices() + " order price" + (n.roundedPrices() == 1 ? "" : "s") + " rounded to it (first "
                    + Num.plain(n.firstRoundedFrom()) + " -> " + Num.plain(n.firstRoundedTo()) + ")"
                    + (inferred ? "; set --tick, or --tick 0 for none" : "");
        }
        run.add(row("tick", tick));
        if (c.rules() != null && "submit".equals(c.rules().cashCheck())) run.add(row("cash check", "at submission and at the fill"));
        table(out, "Run", run);
        table(out, "Performance", List.of(
                row("starting cash", Num.fixed(c.cash(), 2)),
                row("final equity", Num.fixed(s.finalEquity(), 2)),
                row("cash", Num.fixed(s.cash(), 2)),
                row("net profit", Num.fixed(s.netProfit(), 2)),
                row("total return", Num.percent(s.totalReturn())),
                row("CAGR", Num.percent(s.cagr())),
                row("max drawdown", Num.percent(s.maxDrawdown())),
                row("max drawdown duration", Num.fixed(s.maxDrawdownDuration(), 1) + " days"),
                row("Sharpe", Num.fixed(s.sharpe(), 2)),
                row("Sortino", Num.fixed(s.sortino(), 2)),
                row("Calmar", Num.fixed(s.calmar(), 2)),
                row("exposure", Num.percent(s.exposure())),
                row("fees paid", Num.fixed(r.fees(), 2))));
        if (r.marginUsed() != null) {
            int last = r.bars() - 1;
            table(out, "Margin", List.of(
                    row("margin", c.instrument().marginPerContract() != null
                            ? Num.plain(c.instrument().marginPerContract()) + " per contract" : Num.plain(c.instrument().margin()) + " of notional"),
                    row("margin used", last < 0 ? "0.00" : Num.fixed(r.marginUsedAt(last), 2)),
                    row("margin available", last < 0 ? Num.fixed(c.cash(), 2) : Num.fixed(r.marginAvailableAt(last), 2)),
                    row("max margin used", Num.fixed(r.maxMarginUsed(), 2))));
        }
        table(out, "Trades", List.of(
                row("trades", Integer.toString(s.trades())),
                row("win rate", Num.percent(s.winRate())),
                row("profit factor", Num.fixed(s.profitFactor(), 2)),
                row("expectancy", Num.fixed(s.expectancy(), 2)),
                row("average win", Num.fixed(s.avgWin(), 2)),
                row("average loss", Num.fixed(s.avgLoss(), 2)),
                row("months profitable", Num.percent(s.pctMonthsProfitable())),
                row("weeks profitable", Num.percent(s.pctWeeksProfitable())),
                row("SQN", Num.fixed(s.sqn(), 2) + " (" + (c.sqnStdev() == null ? "sample" : c.sqnStdev()) + " stdev)"),
                row("open position", Num.plain(r.finalPosition())),
                row("orders", r.orders().size() + ", hash " + ordersHash.substring(0, 16))));
        return out.toString();
    }

    private static String[] row(String k, String v) { return new String[] {k, v}; }

    private static void table(StringBuilder out, String title, List<String[]> rows) {
        int w = 0;
        for (String[] r : rows) w = Math.max(w, r[0].length());
        out.append(title).append('\n').append("-".repeat(title.length())).append('\n');
        for (String[] r : rows) {
            out.append("  ").append(r[0]).append(" ".repeat(w - r[0].length() + 2)).append(r[1]).append('\n');
        }
        out.append('\n');
    }
}
