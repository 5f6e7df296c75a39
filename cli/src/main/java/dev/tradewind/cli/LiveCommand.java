package dev.tradewind.cli;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.catalog.CatalogException;
import dev.tradewind.live.ExchangeException;
import dev.tradewind.runner.TimeArg;
import java.time.ZoneOffset;
import dev.tradewind.live.binance.BinanceInterval;
import dev.tradewind.live.binance.trade.LiveRun;
import dev.tradewind.live.binance.trade.RequestTimeout;
import dev.tradewind.live.trade.Credentials;
import dev.tradewind.live.trade.UnknownOrders;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.StrategySource;
import dev.tradewind.strategy.ParamException;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tradewind live}: a strategy trading real orders on Binance spot (or its test network). Refuses to start
 * without {@code --confirm-live} and {@code --max-notional}. Keys only from the environment or a 0600 file; they are
 * never printed. {@code live status}, {@code live stop ID} and {@code live kill-switch ID|--all} talk to running runs
 * through their control files.
 */
@Command(name = "live", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Trade a strategy with real orders on an exchange (Binance spot; --testnet for its test network).",
        subcommands = {LiveCommand.Status.class, LiveCommand.Stop.class, LiveCommand.KillSwitch.class})
final class LiveCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--exchange", defaultValue = "binance", description = "the exchange (binance)") String exchange;
    @Option(names = "--testnet", description = "Binance's spot test network (testnet.binance.vision): test keys, no real money") boolean testnet;
    @Option(names = "--symbol", description = "the exchange's symbol, e.g. FILUSDT") String symbol;
    @Option(names = "--interval", defaultValue = "1m", description = "bar interval (default: ${DEFAULT-VALUE})") String interval;
    @Option(names = "--strategy", description = "a built-in name, a .java file or a folder") String strategy;
    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a strategy parameter (repeatable)") Map<String, String> params = new LinkedHashMap<>();
    @Option(names = "--max-notional", paramLabel = "QUOTE", description = "required: the most the run may hold, position plus working orders, in the quote asset")
    Double maxNotional;
    @Option(names = "--max-orders-per-minute", defaultValue = "10", description = "(default: ${DEFAULT-VALUE}; 0 = no limit)") int maxOrdersPerMinute;
    @Option(names = "--max-daily-loss", paramLabel = "QUOTE", defaultValue = "0", description = "halt when the day's loss passes this (0 = no limit)") double maxDailyLoss;
    @Option(names = "--unknown-orders", defaultValue = "flag", description = "orders on the symbol the run did not send: flag (report) or adopt (manage) (default: ${DEFAULT-VALUE})")
    String unknownOrders;
    @Option(names = "--confirm-live", description = "required: you understand this sends real orders") boolean confirmLive;
    @Option(names = "--credentials", paramLabel = "FILE", description = "key=... and secret=... (or secret-file=ed25519.pem), mode 0600; "
            + "default: $TRADEWIND_BINANCE_KEY and $TRADEWIND_BINANCE_SECRET") Path credentials;
    @Option(names = "--resume", paramLabel = "RUN_ID", description = "continue a run from its order journal") String resume;
    @Option(names = "--reconcile-every", paramLabel = "SECONDS", defaultValue = "60", description = "(default: ${DEFAULT-VALUE})") int reconcileSeconds;
    @Option(names = "--bars", paramLabel = "N", defaultValue = "0", description = "stop after N closed bars (0 = until stopped)") int bars;
    @Option(names = "--rest-url", description = "market-data REST base URL (a local stand-in)") String restUrl;
    @Option(names = "--ws-url", description = "market-data websocket base URL") String wsUrl;
    @Option(names = "--trade-url", description = "trading REST base URL (default: the REST URL)") String tradeUrl;
    @Option(names = "--ws-api-url", description = "WebSocket API URL for the user data stream") String wsApiUrl;
    @Option(names = "--from", paramLabel = "T", description = "the run's first bar, UTC (default: just enough history to warm the "
            + "strategy's indicators up); bars before the first live one are warm-up: no order is sent on them") String from;
    @Option(names = "--store", paramLabel = "URL|PATH", description = "the run store (default: $TRADEWIND_STORE, else "
            + "$TRADEWIND_HOME/runs.db, else ~/.tradewind/runs.db)") String store;
    @Option(names = "--catalog", paramLabel = "DIR", description = "the catalog to warm up from and append live bars to "
            + "(default: $TRADEWIND_CATALOG, else $TRADEWIND_HOME/catalog, else ~/.tradewind/catalog)") String catalog;
    @Option(names = "--no-catalog", description = "neither read nor write the catalog") boolean noCatalog;
    @Option(names = "--control-dir", description = "where runs keep their journal and control files (default: $TRADEWIND_HOME/live, else ~/.tradewind/live)")
    Path controlDir;

    @Override
    public Integer call() throws Exception {
        if (!exchange.equals("binance")) throw new UserError("--exchange: '" + exchange + "' is not supported (binance)");
        if (!confirmLive) throw new UserError("live trading sends real orders: add --confirm-live to confirm (and --testnet to use Binance's test network)");
        if (maxNotional == null) throw new UserError("live trading needs a limit: add --max-notional QUOTE (the most the run may hold, in the quote asset)");
        if (!(maxNotional > 0)) throw new UserError("--max-notional: expected a positive amount, got " + maxNotional);
        if (symbol == null || symbol.isBlank()) throw new UserError("--symbol is required (e.g. FILUSDT)");
        if (strategy == null) throw new UserError("--strategy is required (e.g. sma-cross)");
        try {
            BinanceInterval.check(interval);
        } catch (IllegalArgumentException e) {
            throw new UserError("--interval: " + e.getMessage());
        }
        UnknownOrders unknown = switch (unknownOrders.toLowerCase(Locale.ROOT)) {
            case "flag" -> UnknownOrders.FLAG;
            case "adopt" -> UnknownOrders.ADOPT;
            default -> throw new UserError("--unknown-orders: expected flag or adopt, got '" + unknownOrders + "'");
        };
        Credentials keys;
        try {
            keys = Credentials.load(credentials, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        StrategySource source = StrategySource.resolve(strategy);
        dev.tradewind.runner.Desks.refuse(source.type(), "live runs");
        ParamSchema schema = ParamSchema.of(source.type());
        Strategy s;
        Strategy probe;
        try {
            s = schema.create(params);
            probe = schema.create(params);
        } catch (ParamException e) {
            throw new UserError("--param: " + e.getMessage());
        }
        Map<String, String> resolved = schema.values(s);
        Path dir = control(controlDir);
        String runId = resume != null ? resume : "tw" + HexFormat.of().formatHex(SecureRandom.getSeed(4));
        if (resume != null && !Files.exists(dir.resolve(resume + ".journal"))) throw new UserError("--resume: no run " + resume + " in " + dir);
        Long storeId = resume != null ? LiveRecord.storedId(dir.resolve(runId + ".store")) : null;
        long start = from != null ? TimeArg.parse(from, ZoneOffset.UTC, "--from") : LiveRun.WARM_UP;
        if (storeId != null && from != null) throw new UserError("--from: a resumed run starts where it started");
        Catalog cat;
        try {
            cat = noCatalog ? null : Catalog.open(Catalog.location(catalog));
        } catch (CatalogException e) {
            throw new UserError("--catalog: " + e.getMessage());
        }
        LiveRecord record = new LiveRecord(store, cat, symbol.toUpperCase(Locale.ROOT), interval, strategy, source.sha256(), resolved,
                storeId, dir.resolve(runId + ".store"));
        if (storeId != null) start = record.from();
        String rest = restUrl != null ? restUrl : testnet ? LiveRun.TESTNET_REST : LiveRun.REST;
        LiveRun.Options o = new LiveRun.Options(rest, tradeUrl != null ? tradeUrl : rest,
                wsUrl != null ? wsUrl : testnet ? LiveRun.TESTNET_STREAM : LiveRun.STREAM,
                wsApiUrl != null ? wsApiUrl : testnet ? LiveRun.TESTNET_WS_API : LiveRun.WS_API,
                symbol.toUpperCase(Locale.ROOT), interval, maxNotional, maxOrdersPerMinute, maxDailyLoss, unknown, dir, runId, bars, reconcileSeconds, start);
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        AtomicReference<Runnable> stop = new AtomicReference<>();
        java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
        // Ctrl-C: stop the loop, then hold the JVM until the run has reconciled and written its status (at most 30 s)
        Thread hook = new Thread(() -> {
            Runnable r = stop.get();
            if (r == null) return;
            r.run();
            try {
                finished.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "live-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        LiveRun.Summary sum;
        try {
            err.println("live run " + runId + (testnet ? " on Binance's test network" : " on Binance") + ": " + o.symbol() + " " + interval
                    + " " + strategy + ", max notional " + maxNotional + "; stop with Ctrl-C or: tradewind live stop " + runId);
            err.flush();
            sum = LiveRun.run(o, keys, s, probe, resolved, record, line -> { err.println(line); err.flush(); }, stop::set);
            record.stopped(sum.result(), (sum.halted() != null ? "halted (" + sum.halted() + ")" : "stopped")
                    + "; continue with: tradewind live --resume " + runId + " ...");
        } catch (ExchangeException | IllegalArgumentException | RequestTimeout | IllegalStateException e) {
            record.failed("live: " + e.getMessage());
            finished.countDown();
            throw new UserError("live: " + e.getMessage());
        } finally {
            record.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running
            }
        }
        out.printf(Locale.ROOT, "run %s session %d stopped: %d bars, %d orders, %d fills, position %s %s%n", sum.runId(), sum.session(),
                sum.bars(), sum.orders(), sum.fills(), plain(sum.position()), o.symbol());
        if (record.id() != 0) out.println("recorded as run " + record.id() + " in " + record.where() + " (tradewind runs show " + record.id() + ")");
        out.println("reconciled with the exchange: " + (sum.last().clean() ? "clean" : String.join("; ", sum.last().notes())));
        if (sum.halted() != null) out.println("halted: " + sum.halted());
        out.flush();
        finished.countDown();
        return 0;
    }

    /** A quantity to 8 decimals (the exchange's precision), without binary noise or an exponent. */
    static String plain(double d) {
        return new java.math.BigDecimal(Double.toString(d)).setScale(8, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static Path control(Path given) {
        Path dir = given != null ? given : dev.tradewind.live.trade.LiveControl.defaultDir(System.getenv());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserError("--control-dir " + dir + ": cannot create it");
        }
        return dir;
    }

    /** {@code tradewind live status}: every run's last status. */
    @Command(name = "status", mixinStandardHelpOptions = true, description = "Show the live runs in the control folder.")
    static final class Status implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--control-dir") Path controlDir;

        @Override
        public Integer call() throws IOException {
            Path dir = control(controlDir);
            Map<String, Map<String, String>> runs = dev.tradewind.live.trade.LiveControl.statuses(dir);
            for (Map<String, String> kv : runs.values()) {
                spec.commandLine().getOut().printf(Locale.ROOT, "%s  %-8s %s  bars %s  position %s  open orders %s  fills %s  halted %s%n",
                        kv.get("run"), kv.get("state"), kv.get("symbol"), kv.get("bars"), kv.get("position"), kv.get("open_orders"),
                        kv.get("fills"), kv.get("halted"));
            }
            int n = runs.size();
            if (n == 0) spec.commandLine().getOut().println("no live runs in " + dir);
            return 0;
        }
    }

    /** {@code tradewind live stop ID}. */
    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Ask a live run to stop (its orders stay on the exchange).")
    static final class Stop implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "RUN_ID") String id;
        @Option(names = "--control-dir") Path controlDir;

        @Override
        public Integer call() throws IOException {
            Path dir = control(controlDir);
            if (!Files.exists(dir.resolve(id + ".status"))) throw new UserError("live stop: no run " + id + " in " + dir);
            Files.writeString(dir.resolve(id + ".stop"), "", StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("asked run " + id + " to stop");
            return 0;
        }
    }

    /** {@code tradewind live kill-switch ID|--all}. */
    @Command(name = "kill-switch", mixinStandardHelpOptions = true,
            description = "Cancel all orders, flatten the position and halt a live run (or every running one).")
    static final class KillSwitch implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "RUN_ID", arity = "0..1") String id;
        @Option(names = "--all", description = "every running run") boolean all;
        @Option(names = "--control-dir") Path controlDir;

        @Override
        public Integer call() {
            Path dir = control(controlDir);
            if ((id == null) == !all) throw new UserError("live kill-switch: give a RUN_ID or --all");
            java.util.List<String> told = dev.tradewind.live.trade.LiveControl.killSwitch(dir, all ? null : id);
            for (String run : told) spec.commandLine().getOut().println("kill switch sent to run " + run);
            if (told.isEmpty()) throw new UserError("live kill-switch: no running run" + (id != null ? " " + id : "") + " in " + dir);
            return 0;
        }
    }
}
