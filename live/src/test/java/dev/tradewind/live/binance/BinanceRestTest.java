package dev.tradewind.live.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.live.ExchangeException;
import dev.tradewind.live.MarketEvent;
import dev.tradewind.model.Instrument;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** REST against the fake exchange: klines, symbol rules, the exchange's errors and an unreachable host. */
class BinanceRestTest {
    final FakeExchange fx = new FakeExchange(FakeExchange.filUsdt(50));
    final List<Long> sleeps = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() { fx.close(); }

    BinanceRest rest(BinanceMarket m) { return new BinanceRest(http, fx.restUrl(), m, () -> fx.now() * 1_000_000L, sleeps::add); }

    @Test
    void klinesAsBars() {
        fx.now(fx.klines().get(49).close() + 1);
        List<MarketEvent.Bar> bars = rest(BinanceMarket.FUTURES).bars("FILUSDT", "1m", fx.klines().get(3).open() * 1_000_000L,
                fx.klines().get(5).open() * 1_000_000L, 1000);
        assertThat(bars).extracting(MarketEvent.Bar::close).containsExactly(4.256, 4.256, 4.245); // rows 3..5 of the file
        assertThat(bars.get(0).closeTime() - bars.get(0).openTime()).isEqualTo(60_000_000_000L);
        assertThat(fx.requests()).first().asString().startsWith("/fapi/v1/klines?symbol=FILUSDT&interval=1m&startTime=");
    }

    @Test
    void symbolRulesBecomeTheInstrument() {
        Instrument spot = SymbolRules.instrument(rest(BinanceMarket.SPOT).symbolInfo("FILUSDT"), BinanceMarket.SPOT);
        assertThat(spot).isEqualTo(new Instrument("FILUSDT", Instrument.Kind.SPOT, 0.001, 0.01, 1, 1, 0.5, 5));
        Instrument perp = SymbolRules.instrument(rest(BinanceMarket.FUTURES).symbolInfo("FILUSDT"), BinanceMarket.FUTURES);
        assertThat(perp).isEqualTo(new Instrument("FILUSDT", Instrument.Kind.FUTURE, 0.001, 0.1, 1, 0.05, 0.025, 5));
        assertThat(perp.roundPrice(4.2567)).isEqualTo(4.257);
        assertThat(perp.roundSize(12.34)).isEqualTo(12.3);
    }

    @Test
    void theExchangesErrorsAreOneLineWithTheirCode() {
        assertThatThrownBy(() -> rest(BinanceMarket.SPOT).bars("NOSUCHUSDT", "1m", 0, 1, 10)).isInstanceOf(ExchangeException.class)
                .hasMessage("binance: Invalid symbol. (code -1121) for klines?symbol=NOSUCHUSDT&interval=1m&startTime=0&endTime=0&limit=10")
                .extracting(e -> ((ExchangeException) e).code()).isEqualTo(-1121);
        assertThatThrownBy(() -> rest(BinanceMarket.SPOT).symbolInfo("NOSUCHUSDT")).hasMessageContaining("Invalid symbol. (code -1121)");
        assertThatThrownBy(() -> rest(BinanceMarket.SPOT).bars("FILUSDT", "7m", 0, 1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unknown interval '7m' (Binance serves 1s, 1m");
    }

    @Test
    void rateLimitedBeyondTheRetriesGivesUp() {
        fx.throttle(100, 2);
        assertThatThrownBy(() -> rest(BinanceMarket.SPOT).bars("FILUSDT", "1m", 0, 1, 10))
                .hasMessage("binance: still rate limited (HTTP 429) after 5 retries");
        assertThat(sleeps).containsExactly(2000L, 2000L, 2000L, 2000L, 2000L);
    }

    @Test
    void anUnreachableHostIsOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        BinanceRest r = new BinanceRest(http, "http://127.0.0.1:" + port, BinanceMarket.SPOT, () -> 0, sleeps::add);
        assertThatThrownBy(() -> r.bars("FILUSDT", "1m", 0, 1, 10))
                .hasMessage("binance: cannot reach http://127.0.0.1:" + port + ": connection refused");
    }
}
