package dev.tradewind.live;

import java.util.random.RandomGenerator;

/** How long to wait before reconnect attempt {@code n} (1 for the first). */
@FunctionalInterface
public interface Backoff {
    long delayMillis(int attempt);

    /**
     * Exponential backoff with full jitter: a uniform draw in {@code [0, min(max, base * 2^(attempt-1))]}, so clients
     * that lost the same server do not come back in step.
     */
    static Backoff exponential(long baseMillis, long maxMillis, RandomGenerator random) {
        if (baseMillis <= 0 || maxMillis < baseMillis) throw new IllegalArgumentException("need 0 < base <= max");
        return attempt -> {
            long cap = attempt >= 62 ? maxMillis : Math.min(maxMillis, baseMillis << Math.max(0, attempt - 1));
            if (cap <= 0 || cap > maxMillis) cap = maxMillis;
            return random.nextLong(cap + 1);
        };
    }
}
