package dev.tradewind.cli.store;

import dev.tradewind.data.DataException;
import dev.tradewind.data.Timeframe;
import dev.tradewind.live.BarDownload;
import dev.tradewind.model.Clock;
import dev.tradewind.live.ExchangeException;
import dev.tradewind.live.Sleeper;
import dev.tradewind.live.binance.BinanceInterval;
import dev.tradewind.live.binance.BinanceMarket;
import dev.tradewind.live.binance.BinanceRest;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.TimeArg;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradewind data download --exchange binance --symbol S --interval I --from D --to D}: exchange bars into the catalog. */
@Command(name = "download", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Download an exchange's closed bars into the catalog over its REST API, within its request-weight "
                + "limits. Resumable: when the catalog already holds the symbol from --from on, the download starts after "
                + "the last stored bar.")
final class DataDownload implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataCommand.Location catalog;

    @Option(names = "--exchange", required = true, description = "the exchange: binance")
    String exchange;
    @Option(names = "--kind", description = "spot (default) or future (Binance USD-M futures)")
    String kind = "spot";
    @Option(names = "--symbol", required = true, description = "the exchange's symbol, e.g. FILUSDT")
    String symbol;
    @Option(names = "--interval", required = true, description = "the bar interval, e.g. 1m, 1h, 1d")
    String interval;
    @Option(names = "--from", required = true, paramLabel = "T", description = "first bar open time, inclusive, UTC (2024-01-01)")
    String from;
    @Option(names = "--to", paramLabel = "T", description = "end, exclusive, UTC (default: now)")
    String to;
    @Option(names = "--rest-url", paramLabel = "URL", description = "the REST endpoint (default: the exchange's production API)")
    String restUrl;
    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    @Override
    public Integer call() {
        if (!exchange.equalsIgnoreCase("binance")) throw new UserError("--exchange: unknown exchange '" + exchange + "' (known: binance)");
        BinanceMarket market = switch (kind.toLowerCase(java.util.Locale.ROOT)) {
            case "spot" -> BinanceMarket.SPOT;
            case "future", "futures" -> BinanceMarket.FUTURES;
            default -> throw new UserError("--kind: expected spot or future, got '" + kind + "'");
        };
        Timeframe tf;
        try {
            BinanceInterval.check(interval);
            tf = Timeframe.parse(interval);
        } catch (IllegalArgumentException e) {
            throw new UserError("--interval: " + e.getMessage());
        } catch (DataException e) {
            throw new UserError("--interval: " + interval + " bars cannot be stored in the catalog: " + e.getMessage());
        }
        if (restUrl != null) checkUrl(restUrl);
        long start = TimeArg.parse(from, ZoneOffset.UTC, "--from");
        long end = to == null ? Clock.SYSTEM.nanos() : TimeArg.parse(to, ZoneOffset.UTC, "--to");
        if (start >= end) throw new UserError("--from " + from + " is not before --to " + (to == null ? "now" : to));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        BinanceRest rest = new BinanceRest(http, restUrl, market, Clock.SYSTEM, Sleeper.SYSTEM);
        BarDownload.Result r;
        try (ProgressBar bar = quiet || !dev.tradewind.cli.Progress.isTerminal() ? null : new ProgressBarBuilder().setTaskName(symbol + " " + interval)
                .setUnit(" bars", 1).setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            r = catalog.with(c -> BarDownload.run(rest, c, symbol, interval, tf, start, end, Clock.SYSTEM, (done, expected) -> {
                if (bar != null) {
                    bar.maxHint(expected);
                    bar.stepTo(done);
                }
            }));
        } catch (ExchangeException e) {
            throw new UserError(e.getMessage(), e);
        }
        String range = r.downloaded() == 0 ? "nothing new" : r.downloaded() + " bars from " + format(r.start())
                + (r.resumed() ? " (resumed after the last stored bar)" : "");
        String where = r.last() != null ? "\nStored in " + r.last().file() + " (backtest with --data catalog:" + symbol + ":" + tf + ")" : "";
        RunsCommand.print(spec.commandLine(), symbol + " " + tf + " from binance " + market.name().toLowerCase(java.util.Locale.ROOT)
                + ": " + range + ", " + r.added() + " new; " + r.stored() + " stored" + where + "\n");
        return 0;
    }

    private static void checkUrl(String url) {
        java.net.URI u;
        try {
            u = new java.net.URI(url);
        } catch (java.net.URISyntaxException e) {
            u = null;
        }
        if (u == null || u.getHost() == null || !("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))) {
            throw new UserError("--rest-url: expected http://HOST[:PORT] or https://HOST[:PORT], got '" + url + "'");
        }
    }

    private static String format(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L)).atOffset(ZoneOffset.UTC).toLocalDateTime()
                .toString().replace('T', ' ');
    }
}
