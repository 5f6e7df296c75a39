package dev.tradewind.cli.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.cli.CliRun;
import dev.tradewind.data.Timeframe;
import dev.tradewind.live.binance.FakeExchange;
import dev.tradewind.model.BarSeries;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code data download} against the fake Binance on 127.0.0.1 (real FIL/USDT 1m klines of 2023-08-01..03). */
class DataDownloadTest {
    @TempDir Path tmp;
    FakeExchange fx;

    @BeforeEach
    void start() {
        fx = new FakeExchange(FakeExchange.filUsdt(3000));
        fx.now(Long.MAX_VALUE / 2); // every kline is history
    }

    @AfterEach
    void stop() { fx.close(); }

    CliRun download(String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("data", "download", "--exchange", "binance",
                "--symbol", "FILUSDT", "--rest-url", fx.restUrl(), "--catalog", tmp.toString(), "-q"));
        if (!java.util.List.of(more).contains("--interval")) args.addAll(java.util.List.of("--interval", "1m"));
        args.addAll(java.util.List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void downloadsIntoTheCatalogAndResumes() throws Exception {
        CliRun first = download("--from", "2023-08-01", "--to", "2023-08-02").ok();
        assertThat(first.out()).isEqualTo("FILUSDT 1m from binance spot: 1440 bars from 2023-08-01 00:00, 1440 new; 1440 stored\n"
                + "Stored in " + tmp.resolve("FILUSDT/1m.parquet") + " (backtest with --data catalog:FILUSDT:1m)\n");
        assertThat(fx.requests()).hasSize(2);

        CliRun second = download("--from", "2023-08-01", "--to", "2023-08-03").ok();
        assertThat(second.out()).startsWith("FILUSDT 1m from binance spot: 1440 bars from 2023-08-02 00:00 (resumed after the last "
                + "stored bar), 1440 new; 2880 stored\n");
        assertThat(fx.requests().get(2)).contains("startTime=" + fx.klines().get(1440).open());

        assertThat(download("--from", "2023-08-01", "--to", "2023-08-03").ok().out())
                .isEqualTo("FILUSDT 1m from binance spot: nothing new, 0 new; 2880 stored\n");
        try (Catalog c = Catalog.open(tmp)) {
            BarSeries s = c.load("FILUSDT", Timeframe.parse("1m"), Long.MIN_VALUE, Long.MAX_VALUE);
            assertThat(s.size()).isEqualTo(2880);
            assertThat(s.close()[2879]).isEqualTo(Double.parseDouble(fx.klines().get(2879).c()));
        }
        assertThat(CliRun.of("data", "list", "--catalog", tmp.toString()).ok().out())
                .containsPattern("FILUSDT\\s+1m\\s+2023-08-01 00:00:00\\s+2023-08-02 23:59:00\\s+2880\\s+0\\s+0");
    }

    @Test
    void futuresUseTheFuturesPaths() {
        download("--kind", "future", "--from", "2023-08-01T00:00", "--to", "2023-08-01T01:00").ok();
        assertThat(fx.requests()).singleElement().asString().startsWith("/fapi/v1/klines?symbol=FILUSDT&interval=1m");
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() throws Exception {
        CliRun unknown = CliRun.of("data", "download", "--exchange", "binance", "--symbol", "NOSUCHUSDT", "--interval", "1m",
                "--from", "2023-08-01", "--to", "2023-08-02", "--rest-url", fx.restUrl(), "--catalog", tmp.toString(), "-q");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: binance: Invalid symbol. (code -1121) for klines?symbol=NOSUCHUSDT").hasLineCount(1);

        CliRun interval = download("--interval", "7m", "--from", "2023-08-01");
        assertThat(interval.code()).isEqualTo(2);
        assertThat(interval.err()).startsWith("error: --interval: unknown interval '7m' (Binance serves 1s, 1m,").hasLineCount(1);
        CliRun month = download("--interval", "1M", "--from", "2023-08-01");
        assertThat(month.code()).isEqualTo(2);
        assertThat(month.err()).startsWith("error: --interval: 1M bars cannot be stored in the catalog").hasLineCount(1);

        CliRun exchange = CliRun.of("data", "download", "--exchange", "kraken", "--symbol", "FILUSDT", "--interval", "1m",
                "--from", "2023-08-01", "--catalog", tmp.toString());
        assertThat(exchange.code()).isEqualTo(2);
        assertThat(exchange.err()).isEqualTo("error: --exchange: unknown exchange 'kraken' (known: binance)\n");

        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        CliRun down = CliRun.of("data", "download", "--exchange", "binance", "--symbol", "FILUSDT", "--interval", "1m", "--from",
                "2023-08-01", "--to", "2023-08-02", "--rest-url", "http://127.0.0.1:" + port, "--catalog", tmp.toString(), "-q");
        assertThat(down.code()).isEqualTo(2);
        assertThat(down.err()).isEqualTo("error: binance: cannot reach http://127.0.0.1:" + port + ": connection refused\n");

        CliRun url = CliRun.of("data", "download", "--exchange", "binance", "--symbol", "FILUSDT", "--interval", "1m", "--from",
                "2023-08-01", "--rest-url", "notaurl", "--catalog", tmp.toString(), "-q");
        assertThat(url.code()).isEqualTo(2);
        assertThat(url.err()).isEqualTo("error: --rest-url: expected http://HOST[:PORT] or https://HOST[:PORT], got 'notaurl'\n");

        CliRun dates = download("--from", "2023-08-02", "--to", "2023-08-01");
        assertThat(dates.code()).isEqualTo(2);
        assertThat(dates.err()).isEqualTo("error: --from 2023-08-02 is not before --to 2023-08-01\n");
        assertThat(tmp.resolve("FILUSDT")).doesNotExist();
    }
}
