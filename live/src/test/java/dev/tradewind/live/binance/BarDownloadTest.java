package dev.tradewind.live.binance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.data.Timeframe;
import dev.tradewind.live.BarDownload;
import dev.tradewind.model.BarSeries;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from the fake exchange into a catalog: paged, only closed bars, resumable, exact values. */
class BarDownloadTest {
    static final long MS = 1_000_000L;
    final FakeExchange fx = new FakeExchange(FakeExchange.filUsdt(3000));
    @TempDir Path dir;

    @AfterEach
    void stop() { fx.close(); }

    BarDownload.Result download(Catalog c, int from, int to, List<long[]> progress) throws Exception {
        BinanceRest rest = new BinanceRest(HttpClient.newHttpClient(), fx.restUrl(), BinanceMarket.SPOT, () -> fx.now() * MS, ms -> {});
        return BarDownload.run(rest, c, "FILUSDT", "1m", Timeframe.parse("1m"), fx.klines().get(from).open() * MS,
                fx.klines().get(to).open() * MS, () -> fx.now() * MS, (done, expected) -> progress.add(new long[] {done, expected}));
    }

    @Test
    void pagedResumableAndExact() throws Exception {
        fx.now(fx.klines().get(1200).open() + 30_000); // bar 1200 is forming: the first run stops before it
        List<long[]> progress = new ArrayList<>();
        try (Catalog c = Catalog.open(dir)) {
            BarDownload.Result first = download(c, 0, 2999, progress);
            assertThat(first.downloaded()).isEqualTo(1200);
            assertThat(first.resumed()).isFalse();
            assertThat(fx.requests()).hasSize(2);
            assertThat(progress.get(progress.size() - 1)).containsExactly(1200, 1201);

            fx.now(fx.klines().get(2999).close() + 1);
            BarDownload.Result second = download(c, 0, 2999, progress);
            assertThat(second.resumed()).isTrue();
            assertThat(second.start()).isEqualTo(fx.klines().get(1200).open() * MS);
            assertThat(second.downloaded()).isEqualTo(1799);
            assertThat(second.added()).isEqualTo(1799);
            assertThat(second.stored()).isEqualTo(2999);
            assertThat(fx.requests().get(2)).contains("startTime=" + fx.klines().get(1200).open());

            BarSeries s = c.load("FILUSDT", Timeframe.parse("1m"), Long.MIN_VALUE, Long.MAX_VALUE);
            assertThat(s.size()).isEqualTo(2999);
            for (int i = 0; i < 2999; i++) {
                FakeExchange.Kline k = fx.klines().get(i);
                assertThat(Recorder.line(s.time()[i] / MS, s.open()[i], s.high()[i], s.low()[i], s.close()[i], s.volume()[i]))
                        .isEqualTo(Recorder.line(k));
            }

            BarDownload.Result third = download(c, 0, 2999, progress);
            assertThat(third.downloaded()).isZero();
            assertThat(third.stored()).isEqualTo(2999);
        }
    }
}
