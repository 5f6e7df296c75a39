package dev.tradewind.cli;

import dev.tradewind.live.binance.FakeExchange;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A real paper run recorded for the replay tests: sma-cross (5/20) on the fake Binance's first 600 FIL/USDT perpetual 1m
 * klines of 2023-08-01 (history when the run starts, so it runs to {@code --to} at once), as run 1 of {@link #store()},
 * its bars appended to {@link #catalog()}.
 */
record PaperRecording(Path dir, FakeExchange fx) implements AutoCloseable {
    static PaperRecording record(Path dir) {
        FakeExchange fx = new FakeExchange(FakeExchange.filUsdt(2600));
        fx.now(fx.klines().get(1500).open() + 1);
        PaperRecording r = new PaperRecording(dir, fx);
        r.paper("--param", "fast=5", "--param", "slow=20", "--from", r.time(0), "--to", r.time(600)).ok();
        return r;
    }

    /** {@code tradewind paper} with sma-cross on this exchange, store and catalog, and {@code more} options. */
    CliRun paper(String... more) {
        List<String> a = new ArrayList<>(List.of("paper", "--exchange", "binance", "--kind", "future", "--symbol", "FILUSDT",
                "--interval", "1m", "--strategy", "sma-cross", "--cash", "10000", "--commission", "0.04%", "--rest-url",
                fx.restUrl(), "--ws-url", fx.wsUrl(), "--store", store().toString(), "--catalog", catalog().toString(), "-q"));
        a.addAll(List.of(more));
        return CliRun.of(a.toArray(String[]::new));
    }

    Path store() { return dir.resolve("runs.db"); }

    Path catalog() { return dir.resolve("catalog"); }

    String time(int bar) { return Instant.ofEpochMilli(fx.klines().get(bar).open()).toString(); }

    @Override
    public void close() { fx.close(); }
}
