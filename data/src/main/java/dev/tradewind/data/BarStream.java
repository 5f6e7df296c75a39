package dev.tradewind.data;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A load's bars handed, as the file is read, to one consumer on another thread (the catalog writes a file's bars while
 * the rest of it is still being parsed). The loader publishes blocks of bars from the arrays it fills (never moved or
 * changed once published) and ends the stream: {@link #finish} when the load succeeded and every bar of its series was
 * published, in order; otherwise it fails, and the consumer's {@link #next} throws. A load that restarts (text that is
 * not plain, read again by the general CSV reader) fails the stream too, and still returns its bars. Published bars
 * are final: the series the load returns holds exactly them. One stream per load; thread-safe.
 */
public final class BarStream {
    /** Bars {@code from} to {@code from + count - 1} of the arrays; {@code count == 0} at the end of the stream. */
    public record Slice(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume, int from,
                        int count) {}

    private record Chunk(long start, long[] time, double[][] values) {}

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Chunk> chunks = new ArrayList<>();
    private long published;
    private boolean finished;
    private boolean abandoned;
    private String failure;

    /**
     * Waits until at least {@code count} bars are published or the stream ends; returns the number published.
     *
     * @throws CancellationException if the load failed or restarted, or the stream was abandoned
     * @throws InterruptedException  if interrupted while waiting
     */
    public long await(long count) throws InterruptedException {
        lock.lock();
        try {
            while (published < count && !finished && failure == null && !abandoned) changed.await();
            if (failure != null) throw new CancellationException(failure);
            if (abandoned) throw new CancellationException("the stream was abandoned");
            return published;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Nobody reads any more: the stream drops its arrays and a consumer waiting in {@link #next} or {@link #await} stops
     * with a {@link CancellationException} (the load goes on and still returns every bar).
     */
    public void abandon() {
        lock.lock();
        try {
            abandoned = true;
            chunks.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until bars after the first {@code done} are published or the stream ends, and returns those (at most
     * {@code max}, from one array). Chunks wholly before {@code done} are released: the consumer never goes back.
     *
     * @throws CancellationException if the load failed or restarted (the message says why), or the stream was abandoned
     * @throws InterruptedException  if interrupted while waiting
     */
    public Slice next(long done, int max) throws InterruptedException {
        lock.lock();
        try {
            while (published <= done && !finished && failure == null && !abandoned) changed.await();
            if (failure != null) throw new CancellationException(failure);
            if (abandoned) throw new CancellationException("the stream was abandoned");
            if (published <= done) return new Slice(null, null, null, null, null, null, 0, 0);
            while (!chunks.isEmpty() && chunks.get(0).start + chunks.get(0).time.length <= done) chunks.remove(0);
            Chunk c = chunks.get(0);
            int from = (int) (done - c.start);
            int count = (int) Math.min(max, Math.min(published, c.start + c.time.length) - done);
            double[][] v = c.values;
            return new Slice(c.time, v[0], v[1], v[2], v[3], v[4], from, count);
        } finally {
            lock.unlock();
        }
    }

    /** Whether the load ended with every bar published ({@link #next} then returns them all). */
    public boolean finished() {
        lock.lock();
        try {
            return finished;
        } finally {
            lock.unlock();
        }
    }

    /** Bars published so far. */
    public long published() {
        lock.lock();
        try {
            return published;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A new chunk of arrays, filled from its start; its first bar follows the {@code start} bars before it. Bars in it
     * count as published only after {@link #publish}. A chunk from the first bar ({@code start == 0}) after others
     * holds their bars too and is read once they are passed.
     */
    void chunk(long start, long[] time, double[][] values) {
        lock.lock();
        try {
            if (!abandoned) chunks.add(new Chunk(start, time, values.clone())); // the loader drops its columns as it joins them
        } finally {
            lock.unlock();
        }
    }

    /** Bars up to {@code total} (counted from the first of the load) are in the chunks and final. */
    void publish(long total) {
        lock.lock();
        try {
            if (total > published) {
                published = total;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The load succeeded with {@code total} bars, all published. */
    void finish(long total) {
        lock.lock();
        try {
            if (failure != null) return;
            if (total != published) throw new IllegalStateException(published + " bars published of " + total);
            finished = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The load failed or restarted: the consumer stops with {@code why}. Does nothing after {@link #finish}. */
    void fail(String why) {
        lock.lock();
        try {
            if (finished || failure != null) return;
            failure = why;
            chunks.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
