package dev.tradewind.live.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.live.MarketEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decoder on recorded Binance messages and the documentation's payloads. */
class BinanceDecoderTest {
    static final long MS = 1_000_000L;
    final BinanceDecoder d = new BinanceDecoder();

    @Test
    void aFormingKlineIsNoBar() throws Exception {
        assertThat(d.decode(Fixtures.text("binance_spot_ws_kline_5m_BTCUSDT_2021-09-14.json"), 7)).isNull();
        assertThat(d.forming()).isEqualTo(1);
    }

    @Test
    void theSameKlineClosedIsABarStampedWithItsClose() throws Exception {
        String closed = Fixtures.text("binance_spot_ws_kline_5m_BTCUSDT_2021-09-14.json").replace("\"x\":false", "\"x\":true");
        MarketEvent e = d.decode("{\"stream\":\"btcusdt@kline_5m\",\"data\":" + closed + "}", 7);
        assertThat(e).isEqualTo(new MarketEvent.Bar("BTCUSDT", "5m", 1631636700000L * MS, 1631637000000L * MS, 46686.15, 46686.15,
                46668.45, 46673.53, 12.26168, 1631637000000L * MS, 7));
    }

    @Test
    void aggTradeInTheCombinedEnvelope() throws Exception {
        MarketEvent e = d.decode(Fixtures.text("binance_spot_ws_combined_aggTrade_ETHUSDT.json"), 9);
        assertThat(e).isEqualTo(new MarketEvent.TradeTick("ETHUSDT", 1632.46, 0.34305, false, 226532, true, 1675759520847L * MS, 9));
    }

    @Test
    void tradeBookTickerAndDepth() throws Exception {
        assertThat(d.decode(Fixtures.text("ws_trade_payload.json"), 1))
                .isEqualTo(new MarketEvent.TradeTick("BNBBTC", 0.001, 100, true, 12345, false, 1672515782136L * MS, 1));
        // spot bookTicker carries no event time: stamped with the receive time
        assertThat(d.decode(Fixtures.text("ws_book_ticker_payload.json"), 2))
                .isEqualTo(new MarketEvent.Quote("BNBUSDT", 25.3519, 31.21, 25.3652, 40.66, 400900217, 2, 2));
        MarketEvent.Depth diff = (MarketEvent.Depth) d.decode(Fixtures.text("binance_futures_ws_depthUpdate_BTCUSDT.json"), 3);
        assertThat(diff.symbol()).isEqualTo("BTCUSDT");
        assertThat(diff.bids()).hasSize(5).first().isEqualTo(new MarketEvent.Level(7403.89, 0.002));
        assertThat(diff.asks()).last().isEqualTo(new MarketEvent.Level(7407.20, 0.175));
        assertThat(List.of(diff.firstUpdateId(), diff.lastUpdateId(), diff.tsEvent())).containsExactly(390497796L, 390497878L,
                1571889248276L * MS);
        assertThat(diff.snapshot()).isFalse();
        MarketEvent.Depth top = (MarketEvent.Depth) d.decode("{\"stream\":\"bnbbtc@depth5\",\"data\":"
                + Fixtures.text("ws_partial_depth_payload.json") + "}", 4);
        assertThat(top).isEqualTo(new MarketEvent.Depth("BNBBTC", List.of(new MarketEvent.Level(0.0024, 10)),
                List.of(new MarketEvent.Level(0.0026, 100)), 160, 160, true, 4, 4));
    }

    @Test
    void subscriptionRepliesAndUnknownEventsCarryNoEvent() throws Exception {
        assertThat(d.decode("{\"result\":null,\"id\":1}", 0)).isNull();
        assertThat(d.decode("{\"e\":\"24hrTicker\",\"s\":\"X\"}", 0)).isNull();
        assertThat(d.ignored()).isEqualTo(1);
    }

    @Test
    void malformedMessagesSayWhy() {
        assertThatThrownBy(() -> d.decode("{\"e\":\"kline\"", 0)).isInstanceOf(BinanceDecoder.MalformedMessage.class)
                .hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> d.decode("{\"stream\":\"a@trade\",\"data\":{\"e\":\"trade\",\"s\":\"A\"}}", 0))
                .hasMessage("bad a@trade: field 'p' is missing");
        assertThatThrownBy(() -> d.decode("{\"e\":\"trade\",\"s\":\"A\",\"p\":\"NaN\",\"q\":\"1\",\"m\":true,\"t\":1,\"T\":1}", 0))
                .hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> d.decode("[]", 0)).hasMessage("not a JSON object");
    }
}
