package dev.tradewind.runner;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.engine.ComplianceAction;
import dev.tradewind.engine.NettedOrder;
import dev.tradewind.engine.PortfolioResult;
import dev.tradewind.metrics.RunInput;
import dev.tradewind.metrics.Statistics;
import dev.tradewind.metrics.StatisticsCalculator;
import dev.tradewind.model.Side;
import dev.tradewind.model.Times;
import dev.tradewind.model.Trade;
import dev.tradewind.model.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A portfolio run's results and files: trades.csv (every member's trades, with a strategy column), equity.csv (the
 * account), netted.csv (what the venues saw), compliance.csv, results.json (the account's and each member's
 * statistics, PnL by strategy and by symbol), written as a {@link RunFolder}.
 */
public final class PortfolioOutputs {
    private PortfolioOutputs() {}

    /** The account's statistics, each member's, and the attribution. */
    public static Map<String, Object> results(PortfolioResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean[] any = new boolean[r.time().length];
        out.put("account", stats(r.time(), r.equity(), any, List.of(), r.startingCash(),
                r.cash().length == 0 ? r.startingCash() : r.cash()[r.cash().length - 1]).toMap());
        Map<String, Object> members = new LinkedHashMap<>();
        Map<String, Double> pnl = new LinkedHashMap<>();
        for (int i = 0; i < r.members().size(); i++) {
            BacktestResult m = r.results().get(i);
            Map<String, Object> s = new LinkedHashMap<>(stats(m.time(), m.equity(), m.position().nonZeroMask(), m.trades(),
                    r.allocated()[i], m.finalCash()).toMap());
            s.put("allocated", r.allocated()[i]);
            s.put("orders_hash", m.ordersHash());
            members.put(r.members().get(i), s);
            pnl.put(r.members().get(i), r.memberPnl(i));
        }
        out.put("strategies", members);
        out.put("pnl_by_strategy", pnl);
        out.put("pnl_by_symbol", r.pnlBySymbol());
        out.put("netted_orders", r.netted().size());
        out.put("compliance_actions", r.compliance().size());
        return out;
    }

    private static Statistics stats(long[] time, double[] equity, boolean[] in, List<Trade> trades, double start, double finalCash) {
        return StatisticsCalculator.compute(new RunInput(time, equity, in, trades, start, finalCash));
    }

    public static void write(Path dir, PortfolioResult r) {
        try {
            RunFolder f = RunFolder.open(dir);
            f.csv("trades.csv", w -> trades(w, r));
            f.csv("equity.csv", w -> {
                w.writeRecord("time", "equity", "cash");
                for (int i = 0; i < r.time().length; i++) {
                    w.writeRecord(Times.format(r.time()[i]), Num.plain(r.equity()[i]), Num.plain(r.cash()[i]));
                }
            });
            f.csv("netted.csv", w -> {
                w.writeRecord("venue_order_id", "time", "symbol", "side", "quantity", "member_orders");
                for (NettedOrder n : r.netted()) {
                    w.writeRecord(Long.toString(n.venueOrderId()), Times.format(n.time()), n.symbol(),
                            n.side().name().toLowerCase(java.util.Locale.ROOT), Num.plain(n.quantity()), String.join(" ", n.members()));
                }
            });
            f.csv("compliance.csv", w -> {
                w.writeRecord("time", "strategy", "order_id", "symbol", "requested", "allowed", "reason");
                for (ComplianceAction a : r.compliance()) {
                    w.writeRecord(Times.format(a.time()), a.member(), Long.toString(a.orderId()), a.symbol(),
                            Num.plain(a.requested()), Num.plain(a.allowed()), a.reason());
                }
            });
            f.commit(Json.pretty(results(r)));
        } catch (IOException | UncheckedIOException e) {
            throw new UserError("cannot write to " + dir + ": " + e.getMessage() + "; the folder is marked " + RunFolder.MARKER, e);
        }
    }

    /** Writes one trades file with a strategy column: the layout `tradewind analyze` reads. */
    public static void trades(CsvWriter w, PortfolioResult r) {
        w.writeRecord("strategy", "id", "symbol", "side", "quantity", "entry_time", "entry_price", "exit_time", "exit_price",
                "gross_pnl", "costs", "net_pnl", "mae", "mfe", "bars_held");
        tradeRows(w, r);
    }

    /** The trade rows only (to append several runs under one header). */
    public static void tradeRows(CsvWriter w, PortfolioResult r) {
        for (int i = 0; i < r.members().size(); i++) {
            for (Trade t : r.results().get(i).trades()) {
                w.writeRecord(r.members().get(i), Long.toString(t.id()), t.symbol(), t.side() == Side.BUY ? "long" : "short",
                        Num.plain(t.quantity()), Times.format(t.entryTime()), Num.plain(t.entryPrice()),
                        Times.format(t.exitTime()), Num.plain(t.exitPrice()), Num.plain(t.grossPnl()), Num.plain(t.costs()),
                        Num.plain(t.netPnl()), Num.plain(t.mae()), Num.plain(t.mfe()), Integer.toString(t.barsHeld()));
            }
        }
    }

    /** Body of a CSV file. */
    public interface Body {
        void write(CsvWriter w);
    }

    /** Writes a CSV to a temporary name and moves it into place. */
    public static void csv(Path file, Body body) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(tmp)) {
            body.write(w);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
