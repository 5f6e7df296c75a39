package dev.tradewind.runner;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.metrics.Drawdowns;
import dev.tradewind.model.Fill;
import dev.tradewind.model.OnOtherThread;
import dev.tradewind.model.Order;
import dev.tradewind.model.Side;
import dev.tradewind.model.Steps;
import dev.tradewind.model.Times;
import dev.tradewind.model.Trade;
import dev.tradewind.model.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a run's files into a directory: trades.csv, orders.csv, fills.csv, equity.csv, signals.csv (every entry
 * asked for, sent or refused), ledger.csv (funding, borrow, liquidation), config.json, and results.json last: a folder holds one whole run or
 * says it is incomplete ({@link RunFolder}).
 */
public final class Outputs {
    private Outputs() {}

    public static void write(Path dir, Backtester.Outcome o) { write(dir, o, d -> {}); }

    /** Another file of the run (a report), written into the folder before results.json. */
    public interface Extra {
        void write(Path dir) throws IOException;
    }

    /**
     * Writes the run's files and {@code extra}, then results.json (see {@link RunFolder}). {@code extra} is written on a
     * thread of its own beside the CSV files: a 1M-bar run's report.html took as long as its CSV files (1.3 and 1.7 s).
     */
    public static void write(Path dir, Backtester.Outcome o, Extra extra) {
        BacktestResult r = o.result();
        try {
            RunFolder f = RunFolder.open(dir);
            OnOtherThread<IOException> other = OnOtherThread.start("run-folder-extra", () -> {
                try {
                    extra.write(dir);
                    return null;
                } catch (IOException e) {
                    return e;
                }
            });
            try {
                f.csv("trades.csv", w -> trades(w, r, o.factors()));
                f.csv("orders.csv", w -> orders(w, r));
                f.csv("fills.csv", w -> fills(w, r));
                f.csv("equity.csv", w -> equity(w, r));
                f.csv("signals.csv", w -> signals(w, r.signals()));
                f.csv("ledger.csv", w -> ledger(w, r.ledger()));
                f.text("config.json", Json.pretty(o.config()));
            } catch (IOException | RuntimeException e) {
                waitQuietly(other); // the folder stays marked incomplete; nothing is written into it after this
                throw e;
            }
            IOException failed = other.get();
            if (failed != null) throw failed;
            f.commit(Json.pretty(o.results()));
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new UserError("cannot write to " + dir + ": " + io + "; the folder is marked " + RunFolder.MARKER, e);
        }
    }

    private static void waitQuietly(OnOtherThread<?> work) {
        try {
            work.get();
        } catch (RuntimeException | Error e) {
            // the first failure is the one reported
        }
    }

    /** Writes the factor values of every bar to {@code file} (time, then one column per factor). */
    public static void writeFactors(Path file, Backtester.Outcome o) {
        FactorTable f = o.factors();
        long[] time = o.result().time();
        List<String> head = new ArrayList<>();
        head.add("time");
        head.addAll(f.names());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // the values are computed bar after bar here while other cores format the rows
            BlockCsv.toFile(file, head.toArray(String[]::new), csv -> f.forEachBar((i, values) -> {
                try {
                    csv.row(time[i], values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void trades(CsvWriter w, BacktestResult r, FactorTable factors) {
        List<String> head = new ArrayList<>(List.of("id", "symbol", "side", "quantity", "entry_time", "entry_price",
                "exit_time", "exit_price", "gross_pnl", "costs", "net_pnl", "mae", "mfe", "bars_held"));
        head.addAll(factors.names());
        w.writeRecord(head);
        double[][] before = factors.before(r.trades().stream().mapToLong(Trade::entryTime).toArray());
        int n = 0;
        for (Trade t : r.trades()) {
            List<String> row = new ArrayList<>(List.of(Long.toString(t.id()), t.symbol(), t.side() == Side.BUY ? "long" : "short",
                    Num.plain(t.quantity()), Times.format(t.entryTime()), Num.plain(t.entryPrice()), Times.format(t.exitTime()),
                    Num.plain(t.exitPrice()), Num.plain(t.grossPnl()), Num.plain(t.costs()), Num.plain(t.netPnl()),
                    Num.plain(t.mae()), Num.plain(t.mfe()), Integer.toString(t.barsHeld())));
            for (double v : before[n++]) row.add(Num.plain(v));
            w.writeRecord(row);
        }
    }

    private static void orders(CsvWriter w, BacktestResult r) {
        w.writeRecord("id", "time", "symbol", "side", "type", "quantity", "limit_price", "stop_price", "tif", "tag",
                "status", "filled_quantity", "avg_fill_price", "updated", "reason");
        for (OrderRecord x : r.orders()) {
            Order o = x.order();
            w.writeRecord(Long.toString(o.id()), Times.format(o.time()), o.symbol(), o.side().name().toLowerCase(java.util.Locale.ROOT),
                    o.type().name().toLowerCase(java.util.Locale.ROOT), Num.plain(o.quantity()), Num.plain(o.limitPrice()),
                    Num.plain(o.stopPrice()), o.tif().name(), o.tag(), x.status().name().toLowerCase(java.util.Locale.ROOT),
                    Num.plain(x.filledQuantity()), Num.plain(x.averageFillPrice()), Times.format(x.updated()), x.reason());
        }
    }

    private static void fills(CsvWriter w, BacktestResult r) {
        w.writeRecord("id", "order_id", "time", "symbol", "side", "quantity", "price", "fee", "liquidity");
        for (Fill f : r.fills()) {
            w.writeRecord(Long.toString(f.id()), Long.toString(f.orderId()), Times.format(f.time()), f.symbol(),
                    f.side().name().toLowerCase(java.util.Locale.ROOT), Num.plain(f.quantity()), Num.plain(f.price()), Num.plain(f.fee()),
                    f.liquidity().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** signals.csv: every entry asked for, sent or refused with the reason. */
    public static void signals(CsvWriter w, java.util.List<dev.tradewind.model.Signal> signals) {
        w.writeRecord("time", "order_id", "side", "quantity", "price", "outcome");
        for (var x : signals) {
            w.writeRecord(Times.format(x.time()), Long.toString(x.orderId()), x.side().name().toLowerCase(java.util.Locale.ROOT),
                    Num.plain(x.quantity()), Num.plain(x.price()), x.outcome());
        }
    }

    /** ledger.csv: funding and borrow fees, and liquidations (amount 0: their fee is in the fill's fee). */
    public static void ledger(CsvWriter w, java.util.List<dev.tradewind.model.LedgerEntry> ledger) {
        w.writeRecord("time", "kind", "amount", "note");
        for (var x : ledger) {
            w.writeRecord(Times.format(x.time()), x.kind().name().toLowerCase(java.util.Locale.ROOT), Num.plain(x.amount()), x.note());
        }
    }

    private static void equity(CsvWriter w, BacktestResult r) {
        w.writeRecord("time", "equity", "cash", "position", "drawdown", "margin_used", "margin_available");
        double[] dd = Drawdowns.series(r.equity(), r.bars());
        Steps.Cursor cash = r.cash().cursor();
        Steps.Cursor position = r.position().cursor();
        Steps.Cursor margin = r.marginUsed() == null ? null : r.marginUsed().cursor();
        for (int i = 0; i < r.bars(); i++) {
            double c = cash.at(i);
            double m = margin == null ? 0 : margin.at(i);
            w.writeRecord(Times.format(r.time()[i]), Num.plain(r.equity()[i]), Num.plain(c), Num.plain(position.at(i)),
                    Num.plain(dd[i]), Num.plain(m), Num.plain(c - m));
        }
    }
}
