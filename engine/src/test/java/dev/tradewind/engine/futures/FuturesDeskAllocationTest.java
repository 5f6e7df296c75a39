package dev.tradewind.engine.futures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.engine.account.PeriodPnl;
import dev.tradewind.engine.account.Portfolio;
import dev.tradewind.engine.account.TradeTracker;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Liquidity;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The desk's per-bar work while it holds legs (price, settle, mark, PnL by period) allocates nothing. */
class FuturesDeskAllocationTest {
    private static final long MINUTE = 60_000_000_000L;

    @Test
    void markingOpenLegsEveryBarAllocatesNothing() {
        Portfolio portfolio = new Portfolio(new Instrument("SPX", Instrument.Kind.SPOT, 0.01, 1, 1, 0), 1_000_000,
                new TradeTracker("SPX", t -> {}));
        PeriodPnl periods = new PeriodPnl(portfolio, ZoneOffset.UTC);
        FuturesDesk[] desk = new FuturesDesk[1];
        long[] ids = {0};
        desk[0] = new FuturesDesk("SPX", FutureSettings.es(), new FuturesDesk.Links(portfolio, (symbol, side, q, price, fee, tag, refusal) -> {
            ids[0]++;
            desk[0].apply(new Fill(ids[0], ids[0], 0, symbol, side, q, price, fee, Liquidity.TAKER));
            return ids[0];
        }, t -> {}, periods, m -> {}));
        long start = LocalDate.of(2019, 1, 2).toEpochDay() * 1440 * MINUTE;
        int bar = 0;
        bar = run(desk[0], periods, start, bar, 10);
        desk[0].buy(LocalDate.of(2019, 3, 15), 2);
        desk[0].sell(LocalDate.of(2019, 6, 21), 1);
        bar = run(desk[0], periods, start, bar, 2_000); // warm up

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        run(desk[0], periods, start, bar, 20_000); // 14 days of minutes: a LocalDate per new day in PeriodPnl
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated by 20,000 bars with two open legs").isLessThan(2048);
        assertThat(desk[0].legs()).hasSize(2);
    }

    private static int run(FuturesDesk desk, PeriodPnl periods, long start, int from, int bars) {
        for (int i = from; i < from + bars; i++) {
            long t = start + i * MINUTE;
            double close = 2500 + (i % 100) * 0.37;
            periods.beforeBar(t, close);
            desk.atBar(i, t + MINUTE, close);
            desk.settle();
            desk.mark();
        }
        return from + bars;
    }
}
