package dev.tradewind.runner;

import dev.tradewind.model.UserError;
import java.util.Locale;

/**
 * Refuses, before loading, a backtest whose bars cannot fit in the heap, with one line saying how much it needs:
 * better than an OutOfMemoryError, or minutes of garbage collection, into the run. The need is the low end of what
 * was measured on the command line (bench/E2E.md, 2026-12-06, with the launcher's -Xmn64m and this check disabled: the
 * SMA cross over 1M bars completed at -Xmx101m without the store and 104m with it, 2M bars at 175m and 186m, where the
 * JVM's usable heap is 94, 96, 168 and 179 MB; 74 to 83 MB more per million bars), so a run refused here would not
 * have finished; one that passes may still run out with a strategy that keeps more.
 */
public final class HeapCheck {
    /** Heap a backtest keeps per bar at its peak: bars, equity curve, indicator history, statistics' calendar. */
    static final long BYTES_PER_BAR = 76;
    /** Heap a backtest needs whatever its length. */
    static final long BASE_BYTES = 16L << 20;

    private HeapCheck() {}

    /** The heap a backtest of {@code bars} bars needs at least, in bytes. */
    public static long need(long bars) { return BASE_BYTES + bars * BYTES_PER_BAR; }

    /**
     * Throws a {@link UserError} naming {@code source} when {@code bars} bars (an estimate is fine; negative for
     * unknown) need more than {@code maxHeap} bytes.
     */
    public static void require(String source, long bars, boolean estimated, long maxHeap) {
        if (bars < 0 || maxHeap == Long.MAX_VALUE) return;
        long need = need(bars);
        if (need <= maxHeap) return;
        long gb = (need + (1L << 30) - 1 >> 30) + 1; // rounded up, and a gigabyte to spare for the rest of the process
        throw new UserError(String.format(Locale.ROOT,
                "%s: %s%,d bars need at least %,d MB of heap to backtest, and this JVM may use %,d MB: run with "
                        + "JAVA_TOOL_OPTIONS=-Xmx%dg (or fewer bars with --from/--to)",
                source, estimated ? "about " : "", bars, need >> 20, maxHeap >> 20, gb));
    }
}
