package dev.tradewind.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.engine.Commission;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Times;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The first trades of each strategy family on a small window of real bars, checked by hand against the bars (the
 * comments say what the bars show; times are bar open times, UTC). No costs and no slippage, so every price is a price
 * of the data. Defaults: fills at the next bar's open; a stop fills at its price unless the bar opens beyond it; a
 * bracket's exits become active when the entry fills and are matched against the rest of that bar.
 */
class FamilyTranscriptTest {

    private static List<String> trades(Class<? extends Strategy> type, Map<String, String> params, String symbol,
            String interval, String from, String to) throws Exception {
        var bars = Families.bars(symbol, interval).slice(Times.ofInstant(Instant.parse(from)), Times.ofInstant(Instant.parse(to)));
        EngineConfig config = EngineConfig.of(new Instrument(symbol, Instrument.Kind.FUTURE, 0.001, 1, 1, 0.1), 10_000)
                .withCommission(new Commission(0, 0, 0)).withSlippageBps(0);
        ParamSchema schema = ParamSchema.of(type);
        Strategy s = schema.create(params);
        BacktestResult r = new Engine(config).backtest(s, schema.values(s), bars);
        return Transcript.of(r);
    }

    @Test
    void openingRangeBreakoutInTheNewYorkSessionOnFiveMinuteBars() throws Exception {
        List<String> t = trades(OpeningRangeBreakout.class, Map.of("zone", "America/New_York", "sessionStart", "930",
                "sessionEnd", "1600"), "NEARUSDT", "5m", "2023-08-01T00:00:00Z", "2023-08-05T00:00:00Z");
        assertThat(t).containsExactly(
                // 9:30-16:00 New York (EDT) is 13:30-20:00 UTC. Aug 1: the 5m bars 13:30..13:55 make the range,
                // high 1.377, low 1.370. Buy stop 1.378, sell stop 1.369. The 14:00 bar (o 1.370, l 1.369) triggers
                // the sell at 1.369; its stop-loss is the other side, 1.378, its target 1.369 - 2 x 0.007 = 1.355.
                // 14:40 (h 1.378) is the first bar to reach 1.378: stopped out there.
                "SHORT 2023-08-01T14:00:00Z @1.369 stop 1.378 target 1.355 -> 2023-08-01T14:40:00Z @1.378 stop-loss",
                // Aug 2: range 1.397 / 1.389. The 14:00 bar stays inside (l 1.390); 14:05 (o 1.393, l 1.383) breaks
                // down through 1.388. Stop 1.398, target 1.388 - 2 x 0.008 = 1.372. 15:50 (h 1.399) stops it out;
                // no bar in between went below 1.372.
                "SHORT 2023-08-02T14:05:00Z @1.388 stop 1.398 target 1.372 -> 2023-08-02T15:50:00Z @1.398 stop-loss",
                // Aug 3: range 1.378 / 1.371. The 14:00 bar (o 1.377, h 1.381) breaks up through 1.379: long 1.379,
                // stop 1.370, target 1.379 + 2 x 0.007 = 1.393. The highs stay below 1.393 (max 1.385); 17:55
                // (l 1.370) is the first bar down at the stop.
                "LONG 2023-08-03T14:00:00Z @1.379 stop 1.370 target 1.393 -> 2023-08-03T17:55:00Z @1.370 stop-loss",
                // Aug 4: range 1.366 / 1.354. 14:00 stays inside (l 1.354); 14:05 (l 1.353) fills the sell stop at
                // 1.353; stop 1.367, target 1.353 - 2 x 0.012 = 1.329. Until the close the bars stay within
                // 1.333..1.365, so neither exit is reached: the 19:55 bar ends at 16:00 New York, the position is
                // closed at market and fills at the next bar's open (20:00, o 1.341).
                "SHORT 2023-08-04T14:05:00Z @1.353 stop 1.367 target 1.329 -> 2023-08-04T20:00:00Z @1.341 flatten");
    }

    @Test
    void volatilityBreakoutOnFifteenMinuteBars() throws Exception {
        List<String> t = trades(VolatilityBreakout.class, Map.of(), "FILUSDT", "15m", "2023-08-01T00:00:00Z", "2023-08-08T00:00:00Z");
        assertThat(t.subList(0, 3)).containsExactly(
                // Aug 1 has no previous session. Aug 2: Aug 1's range is 4.289 - 4.064 = 0.225, the open 4.279, so the
                // stops wait at 4.279 +- 0.1125; Aug 2 trades within 4.190..4.328: no trade.
                // Aug 3: Aug 2's range is 4.328 - 4.190 = 0.138, the open 4.259: buy stop 4.328, sell stop 4.190.
                // The 16:00 bar (o 4.197, l 4.183) is the first to reach either: short at 4.190. Stop-loss 0.5 x R back,
                // 4.259 (the open); take-profit R beyond, 4.052. The highs after stay <= 4.219; the 22:00 bar
                // (l 4.050) takes profit at 4.052.
                "SHORT 2023-08-03T16:00:00Z @4.190 stop 4.259 target 4.052 -> 2023-08-03T22:00:00Z @4.052 take-profit",
                // Aug 4: R = 4.295 - 4.050 = 0.245 from the open 4.105: stops at 4.2275 / 3.9825, never reached.
                // Aug 5: R = 4.157 - 4.030 = 0.127, open 4.093: sell stop 4.0295 (4.030 on the tick grid), filled
                // by the 02:00 bar (o 4.039, l 4.022). Stop-loss 4.093, take-profit 3.9025. The 16:30 bar (h 4.095)
                // stops it out; the day's low is 4.022.
                "SHORT 2023-08-05T02:00:00Z @4.030 stop 4.093 target 3.903 -> 2023-08-05T16:30:00Z @4.093 stop-loss",
                // Aug 6: R = 4.131 - 4.022 = 0.109, open 4.100: buy stop 4.1545, filled by the 08:00 bar (o 4.144,
                // h 4.164) at 4.154. Stop-loss 4.100, take-profit 4.2635. The rest of the day stays within
                // 4.105..4.178, so the position is closed at the session end: the 23:45 bar sends the market order,
                // which fills at the open of Aug 7 00:00, 4.164.
                "LONG 2023-08-06T08:00:00Z @4.154 stop 4.100 target 4.263 -> 2023-08-07T00:00:00Z @4.164 flatten");
    }

    @Test
    void trendDayOnThreeMinuteBars() throws Exception {
        List<String> t = trades(TrendDay.class, Map.of(), "FILUSDT", "3m", "2023-08-01T00:00:00Z", "2023-08-19T00:00:00Z");
        assertThat(t).containsExactly(
                // The initial balance is 00:00-01:00 UTC. Aug 1-4 are not drives (open at 0.39, 0.51, 0.30, 0.50 of
                // the IB and last close at 0.80, 0.20, 0.60, 0.89; a drive needs one <= 0.3 and the other >= 0.7 from
                // opposite ends; Aug 3's open is at 0.302). Aug 5: IB high 4.093, low 4.068; it opened at 4.093 (the
                // top) and the 00:57 bar closed 4.075 (0.28): a down drive. Sell stop 4.067, stop-loss at the IB
                // middle 4.0805 (4.080 on the grid), take-profit 4.067 - 2 x 0.025 = 4.017. The 01:24 bar (o 4.082,
                // h 4.085, l 4.065) fills the entry and, since its high is above 4.080, the stop-loss too (the engine
                // cannot know the order inside the bar; the 1m bars show the low at 01:25 and a high of 4.080 again
                // at 01:26, so the stop was reached after the entry anyway).
                "SHORT 2023-08-05T01:24:00Z @4.067 stop 4.080 target 4.017 -> 2023-08-05T01:24:00Z @4.080 stop-loss",
                // Aug 6-10: no drive. Aug 11 is an up drive (open at 0.05, close at 0.73 of 4.138..4.160) but no bar
                // reaches 4.161 (the day's high after the IB is 4.157). Aug 12: IB 4.103..4.125, open 4.109 (0.27),
                // last close 4.121 (0.82): up drive. Buy stop 4.126; the highs stay <= 4.125 until the 12:33 bar
                // (o 4.124, h 4.128): long 4.126. Stop-loss 4.114 (IB middle), target 4.126 + 2 x 0.022 = 4.170; the
                // high after is 4.140, and the 18:09 bar (l 4.113) stops it out.
                "LONG 2023-08-12T12:33:00Z @4.126 stop 4.114 target 4.170 -> 2023-08-12T18:09:00Z @4.114 stop-loss",
                // Aug 13-17: no drive. Aug 18: IB 3.422..3.492, open 3.434 (0.17), last close 3.482 (0.86): up drive.
                // Buy stop 3.493; highs stay <= 3.486 until the 06:12 bar (o 3.485, h 3.500). Stop-loss 3.457, target
                // 3.493 + 2 x 0.070 = 3.633 (the day's high is 3.527). The 16:57 bar (l 3.445) stops it out.
                "LONG 2023-08-18T06:12:00Z @3.493 stop 3.457 target 3.633 -> 2023-08-18T16:57:00Z @3.457 stop-loss");
    }

    @Test
    void reversalBreakoutOnFifteenMinuteBars() throws Exception {
        List<String> t = trades(ReversalBreakout.class, Map.of(), "NEARUSDT", "15m", "2023-08-01T00:00:00Z", "2023-08-05T00:00:00Z");
        assertThat(t).containsExactly(
                // Aug 1: high 1.416, low 1.317. Aug 2 00:00 trades up to 1.424, above Aug 1's high, and closes 1.418
                // (still above); 00:15 closes 1.415, back below 1.416 within the hour: a failed breakout. Sell at the
                // next open (00:30, 1.416); stop-loss one tick above the failed break's high, 1.425; take-profit
                // 1.415 - 2 x (1.425 - 1.415) = 1.395. The highs after stay <= 1.423; 04:00 (l 1.394) takes profit.
                "SHORT 2023-08-02T00:30:00Z @1.416 stop 1.425 target 1.395 -> 2023-08-02T04:00:00Z @1.395 take-profit",
                // Aug 2: high 1.424, low 1.380. No bar of Aug 3 trades outside 1.380..1.424 before 08:15, which dips to 1.378 and
                // closes 1.386, back above 1.380: buy at 08:30's open 1.387, stop-loss 1.377, take-profit
                // 1.386 + 2 x 0.009 = 1.404 (the high after is 1.392). 12:00 (o 1.382, l 1.376) stops it out at 1.377.
                "LONG 2023-08-03T08:30:00Z @1.387 stop 1.377 target 1.404 -> 2023-08-03T12:00:00Z @1.377 stop-loss",
                // Aug 3's low is 1.349. Aug 4 04:00 only touches it (l 1.349); 04:15 breaks it (l 1.347, c 1.348);
                // 04:30 (l 1.346) closes 1.352, back inside: buy at 04:45's open 1.352, stop-loss 1.345 (below 1.346),
                // take-profit 1.352 + 2 x 0.007 = 1.366. 06:45 (l 1.345) stops it out before 13:45 reaches 1.366.
                "LONG 2023-08-04T04:45:00Z @1.352 stop 1.345 target 1.366 -> 2023-08-04T06:45:00Z @1.345 stop-loss");
    }

    @Test
    void supportResistanceBreakoutOnHourlyBars() throws Exception {
        List<String> t = trades(SupportResistanceBreakout.class, Map.of(), "FILUSDT", "1h", "2023-08-01T00:00:00Z", "2023-08-15T00:00:00Z");
        assertThat(t.subList(0, 3)).containsExactly(
                // Resistance 4.132: swing highs 4.132 (Aug 4 06:00, above the 5 hours either side) and 4.131 (Aug 5
                // 18:00), and the swing low 4.126 (Aug 9 01:00), all within 0.15% (0.0062) of 4.132: three touches.
                // Aug 10 12:00 closes 4.136 after 4.104 on 1.81M volume, over twice its 20-hour average (0.59M):
                // buy at 13:00's open 4.137. Stop-loss 4.132 - ATR(14) 0.0218 = 4.110; take-profit
                // 4.136 + 2 x 0.026 = 4.188. The high after is 4.160; Aug 11 02:00 (o 4.142, l 4.110) stops it out.
                "LONG 2023-08-10T13:00:00Z @4.137 stop 4.110 target 4.188 -> 2023-08-11T02:00:00Z @4.110 stop-loss",
                // Resistance 4.162 (swing highs 4.157, 4.162, 4.157, 4.160 and a swing low 4.157 since Aug 1): Aug 13
                // 19:00 closes 4.173 after 4.132 on 1.49M (average 0.44M). Long at 20:00's open 4.174, stop-loss
                // 4.162 - 0.0147 = 4.147, take-profit 4.224. 20:00 holds (l 4.149); 21:00 (o 4.149, l 4.132) stops it.
                "LONG 2023-08-13T20:00:00Z @4.174 stop 4.147 target 4.224 -> 2023-08-13T21:00:00Z @4.147 stop-loss",
                // Support 4.088 (swing lows 4.093, 4.088, 4.089, 4.093): 22:00 closes 4.087 after 4.138 on 3.53M
                // (average 0.60M). Short at 23:00's open 4.087, stop-loss 4.088 + 0.0207 = 4.109, take-profit
                // 4.087 - 2 x 0.022 = 4.044. The highs stay <= 4.103; Aug 14 02:00 (l 4.037) takes profit at 4.044.
                "SHORT 2023-08-13T23:00:00Z @4.087 stop 4.109 target 4.044 -> 2023-08-14T02:00:00Z @4.044 take-profit");
    }
}
