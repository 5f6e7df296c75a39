package dev.tradewind.cli.store;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.tradewind.model.LogLine;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.metrics.Drawdowns;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.Side;
import dev.tradewind.model.Times;
import dev.tradewind.model.Trade;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.BlockCsv;
import dev.tradewind.runner.Num;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoredEquity;
import dev.tradewind.store.StoredRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tradewind runs export ID --out DIR}: a recorded run as files. results.json and config.json are those the
 * backtest wrote with {@code --out} (config.json reruns it with {@code backtest --config}); orders.csv, fills.csv and
 * equity.csv have the backtest's columns plus every stored field; trades.csv lacks the factor columns (they are not
 * stored); signals.csv and ledger.csv are as the backtest wrote them; order_events.csv, logs.csv and run.json are the
 * store's own.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a recorded run as CSV and JSON files: run.json, config.json, results.json, orders.csv, "
                + "order_events.csv, fills.csv, trades.csv, equity.csv, logs.csv, signals.csv, ledger.csv.")
final class RunsExport implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Stores stores;

    @Parameters(paramLabel = "ID", description = "the run id")
    long id;
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "directory to write the files into")
    Path out;

    private interface Body {
        void write(CsvWriter w);
    }

    @Override
    public Integer call() {
        RunStore store = stores.open();
        StoredRun r = Stores.run(store, id);
        try {
            Files.createDirectories(out);
            Map<String, Object> run = RunsShow.summary(r);
            run.put("rows", Stores.call(() -> store.counts(id)));
            text("run.json", Json.pretty(run));
            if (r.config() != null) text("config.json", Json.pretty(RunsShow.readTree(r.config())));
            if (!r.statistics().isEmpty()) text("results.json", Json.pretty(r.statistics()));
            csv("orders.csv", w -> orders(w, Stores.call(() -> store.orders(id))));
            csv("order_events.csv", w -> events(w, Stores.call(() -> store.events(id))));
            csv("fills.csv", w -> fills(w, Stores.call(() -> store.fills(id))));
            csv("trades.csv", w -> trades(w, Stores.call(() -> store.trades(id))));
            equity(Stores.call(() -> store.equity(id)));
            csv("logs.csv", w -> logs(w, Stores.call(() -> store.logs(id))));
            csv("signals.csv", w -> dev.tradewind.runner.Outputs.signals(w, Stores.call(() -> store.signals(id))));
            csv("ledger.csv", w -> dev.tradewind.runner.Outputs.ledger(w, Stores.call(() -> store.ledger(id))));
        } catch (IOException e) {
            throw new UserError("cannot write to " + out + ": " + e.getMessage(), e);
        }
        RunsCommand.print(spec.commandLine(), "Run " + id + " exported to " + out + "\n");
        return 0;
    }

    private void csv(String name, Body body) throws IOException {
        Path tmp = out.resolve(name + ".tmp");
        try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(tmp)) {
            body.write(w);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        move(tmp, out.resolve(name));
    }

    /** equity.csv: a row of numbers per bar, formatted on every core ({@link BlockCsv}). */
    private void equity(StoredEquity e) throws IOException {
        double[] dd = Drawdowns.series(e.equity(), e.size());
        BlockCsv.toFile(out.resolve("equity.csv"), new String[] {"time", "equity", "cash", "position", "drawdown"}, csv -> {
            double[] row = new double[4];
            for (int i = 0; i < e.size(); i++) {
                row[0] = e.equity()[i];
                row[1] = e.cash()[i];
                row[2] = e.position()[i];
                row[3] = dd[i];
                csv.row(e.time()[i], row);
            }
        });
    }

    private void text(String name, String content) throws IOException {
        Path tmp = out.resolve(name + ".tmp");
        Files.writeString(tmp, content);
        move(tmp, out.resolve(name));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String lower(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT); }

    private static void orders(CsvWriter w, Iterable<OrderRecord> orders) {
        w.writeRecord("id", "time", "symbol", "side", "type", "quantity", "limit_price", "stop_price", "tif", "tag",
                "status", "filled_quantity", "avg_fill_price", "updated", "reason", "expire_time", "trail", "trail_unit",
                "reduce_only", "post_only", "parent_id", "oco_id");
        for (OrderRecord x : orders) {
            Order o = x.order();
            w.writeRecord(Long.toString(o.id()), Times.format(o.time()), o.symbol(), lower(o.side()), lower(o.type()),
                    Num.plain(o.quantity()), Num.plain(o.limitPrice()), Num.plain(o.stopPrice()), o.tif().name(), o.tag(),
                    lower(x.status()), Num.plain(x.filledQuantity()), Num.plain(x.averageFillPrice()), Times.format(x.updated()),
                    x.reason(), o.expireTime() == Long.MAX_VALUE ? "" : Times.format(o.expireTime()), Num.plain(o.trail()),
                    lower(o.trailUnit()), Boolean.toString(o.reduceOnly()), Boolean.toString(o.postOnly()),
                    Long.toString(o.parentId()), Long.toString(o.ocoId()));
        }
    }

    private static void events(CsvWriter w, Iterable<OrderEvent> events) {
        w.writeRecord("seq", "time", "order_id", "event", "status", "fill_id", "quantity", "reason");
        int seq = 0;
        for (OrderEvent e : events) {
            String kind, fill = "", qty = "", reason = "";
            switch (e) {
                case OrderEvent.Accepted a -> kind = "accepted";
                case OrderEvent.Triggered t -> kind = "triggered";
                case OrderEvent.Filled f -> {
                    kind = "filled";
                    fill = Long.toString(f.fill().id());
                    qty = Num.plain(f.remaining());
                }
                case OrderEvent.Updated u -> {
                    kind = "updated";
                    qty = Num.plain(u.quantity());
                }
                case OrderEvent.Modified m -> {
                    kind = "modified";
                    qty = Num.plain(m.quantity());
                    reason = "limit " + Num.plain(m.limitPrice()) + " stop " + Num.plain(m.stopPrice());
                }
                case OrderEvent.Canceled c -> kind = "canceled";
                case OrderEvent.Expired x -> kind = "expired";
                case OrderEvent.Rejected x -> {
                    kind = "rejected";
                    reason = x.reason();
                }
            }
            w.writeRecord(Integer.toString(++seq), Times.format(e.time()), Long.toString(e.orderId()), kind, lower(e.status()),
                    fill, qty, reason);
        }
    }

    private static void fills(CsvWriter w, Iterable<Fill> fills) {
        w.writeRecord("id", "order_id", "time", "symbol", "side", "quantity", "price", "fee", "liquidity");
        for (Fill f : fills) {
            w.writeRecord(Long.toString(f.id()), Long.toString(f.orderId()), Times.format(f.time()), f.symbol(), lower(f.side()),
                    Num.plain(f.quantity()), Num.plain(f.price()), Num.plain(f.fee()), lower(f.liquidity()));
        }
    }

    private static void trades(CsvWriter w, Iterable<Trade> trades) {
        w.writeRecord("id", "symbol", "side", "quantity", "entry_time", "entry_price", "exit_time", "exit_price", "gross_pnl",
                "costs", "net_pnl", "mae", "mfe", "bars_held");
        for (Trade t : trades) {
            w.writeRecord(Long.toString(t.id()), t.symbol(), t.side() == Side.BUY ? "long" : "short", Num.plain(t.quantity()),
                    Times.format(t.entryTime()), Num.plain(t.entryPrice()), Times.format(t.exitTime()), Num.plain(t.exitPrice()),
                    Num.plain(t.grossPnl()), Num.plain(t.costs()), Num.plain(t.netPnl()), Num.plain(t.mae()), Num.plain(t.mfe()),
                    Integer.toString(t.barsHeld()));
        }
    }

    private static void logs(CsvWriter w, Iterable<LogLine> logs) {
        w.writeRecord("time", "level", "message");
        for (LogLine l : logs) w.writeRecord(Times.format(l.time()), l.level(), l.message());
    }
}
