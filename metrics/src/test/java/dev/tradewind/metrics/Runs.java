package dev.tradewind.metrics;

import dev.tradewind.model.Side;
import dev.tradewind.model.Times;
import dev.tradewind.model.Trade;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test fixtures: runs built from ISO times and equity values, starting cash 100. */
final class Runs {
    static final double START = 100;

    private Runs() {}

    static long at(String iso) { return Times.ofInstant(Instant.parse(iso)); }

    static long[] times(String... iso) {
        long[] t = new long[iso.length];
        for (int i = 0; i < iso.length; i++) {
            t[i] = at(iso[i]);
        }
        return t;
    }

    /** One bar per UTC day at midnight, from {@code firstDay} (yyyy-mm-dd). */
    static long[] days(String firstDay, int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = at(firstDay + "T00:00:00Z") + i * Times.NANOS_PER_DAY;
        }
        return t;
    }

    static RunInput run(long[] time, double... equity) {
        return new RunInput(time, equity, new boolean[time.length], List.of(), START,
                equity.length == 0 ? START : equity[equity.length - 1]);
    }

    static RunInput withTrades(double... netPnl) { return new RunInput(new long[0], new double[0],
            new boolean[0], trades(netPnl), START, START); }

    static List<Trade> trades(double... netPnl) {
        List<Trade> list = new ArrayList<>();
        for (int i = 0; i < netPnl.length; i++) {
            list.add(new Trade(i + 1, "X", Side.BUY, 1, i, 10, i + 1, 10, netPnl[i], 0, netPnl[i], 0, 0, 1));
        }
        return list;
    }
}
