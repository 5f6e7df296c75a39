package dev.tradewind.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the stream does (drops, repeats, reorders bars), the sequencer delivers exactly the exchange's closed bars
 * from the first wanted one up to the newest seen, in order, each once: checked against the naive answer, a slice of
 * the exchange's history.
 */
class BarSequencerPropertyTest {
    static final long MIN = 60_000_000_000L;

    /** The exchange's whole history: bar i opens at i minutes; the values identify the bar. */
    static final class History implements HistoryClient {
        final int size;
        final int pageSize;
        int requests;

        History(int size, int pageSize) {
            this.size = size;
            this.pageSize = pageSize;
        }

        static MarketEvent.Bar bar(int i, long tsInit) {
            return new MarketEvent.Bar("X", "1m", i * MIN, (i + 1) * MIN, i, i + 0.5, i - 0.5, i + 0.25, 1, (i + 1) * MIN, tsInit);
        }

        @Override
        public List<MarketEvent.Bar> bars(String symbol, String interval, long fromOpen, long toOpen, int limit) {
            requests++;
            List<MarketEvent.Bar> out = new ArrayList<>();
            for (int i = (int) Math.ceilDiv(Math.max(0, fromOpen), MIN); i < size && i * MIN <= toOpen && out.size() < limit; i++) {
                out.add(bar(i, 0));
            }
            return out;
        }

        @Override
        public int pageSize() { return pageSize; }

        @Override
        public long nextOpen(String interval, long open) { return open + MIN; }
    }

    @Property(tries = 300)
    void deliversEachClosedBarOnceInOrder(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 49) Integer> stream,
            @ForAll @IntRange(min = 0, max = 20) int from, @ForAll @IntRange(min = 1, max = 7) int pageSize,
            @ForAll boolean catchUpFirst) {
        History h = new History(50, pageSize);
        long[] now = {0};
        List<Integer> delivered = new ArrayList<>();
        List<long[]> gaps = new ArrayList<>();
        MarketDataListener out = new MarketDataListener() {
            @Override
            public void onEvent(MarketEvent e) { delivered.add((int) (((MarketEvent.Bar) e).openTime() / MIN)); }

            @Override
            public void onGap(String s, String i, long a, long b) { gaps.add(new long[] {a, b}); }
        };
        BarSequencer seq = new BarSequencer("X", "1m", from * MIN, h, out, () -> now[0]);
        int newest = -1;
        if (catchUpFirst) seq.catchUp();
        for (int i : stream) {
            now[0] = Math.max(now[0], (i + 1) * MIN); // a closed bar arrives once it has closed
            if (i >= from) newest = Math.max(newest, i);
            seq.offer(History.bar(i, now[0]));
        }
        List<Integer> expected = new ArrayList<>();
        if (newest >= 0) {
            for (int i = from; i <= newest; i++) expected.add(i);
        }
        if (catchUpFirst) {
            // the catch-up at "now = 0" finds nothing closed yet; the stream then drives everything
            assertThat(h.requests).isGreaterThanOrEqualTo(from == 0 ? 1 : 0);
        }
        assertThat(delivered).isEqualTo(expected);
        long stale = stream.stream().filter(i -> i < from).count();
        assertThat(seq.dropped()).isGreaterThanOrEqualTo(stale);
        assertThat(gaps).isEmpty();
    }
}
