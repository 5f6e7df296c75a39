package dev.tradewind.live.binance;

import dev.tradewind.live.MarketDataListener;
import dev.tradewind.live.MarketEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Records a client's output as a transcript: one line per bar or gap, other events kept whole. */
final class Recorder implements MarketDataListener {
    private final List<String> lines = new ArrayList<>();
    private final List<MarketEvent> events = new ArrayList<>();
    private int bars;

    @Override
    public synchronized void onEvent(MarketEvent e) {
        events.add(e);
        if (e instanceof MarketEvent.Bar b) {
            if (b.tsEvent() != b.closeTime()) throw new AssertionError("tsEvent is not the close: " + b);
            if (b.tsInit() < b.tsEvent()) throw new AssertionError("received before it closed: " + b);
            bars++;
            lines.add(line(b.openTime() / 1_000_000, b.open(), b.high(), b.low(), b.close(), b.volume()));
        }
        notifyAll();
    }

    @Override
    public synchronized void onGap(String symbol, String interval, long fromOpen, long toOpen) {
        lines.add("gap " + Instant.ofEpochMilli(fromOpen / 1_000_000) + " .. " + Instant.ofEpochMilli(toOpen / 1_000_000));
    }

    static String line(long openMs, double o, double h, double l, double c, double v) {
        return Instant.ofEpochMilli(openMs) + " " + o + " " + h + " " + l + " " + c + " " + v;
    }

    static String line(FakeExchange.Kline k) {
        return line(k.open(), Double.parseDouble(k.o()), Double.parseDouble(k.h()), Double.parseDouble(k.l()),
                Double.parseDouble(k.c()), Double.parseDouble(k.v()));
    }

    /** Waits (at most 10 s) for {@code n} bars, then returns the transcript. */
    synchronized List<String> awaitBars(int n) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (bars < n && System.nanoTime() < end) wait(100);
        return List.copyOf(lines);
    }

    synchronized List<MarketEvent> events() { return List.copyOf(events); }

    synchronized int bars() { return bars; }
}
