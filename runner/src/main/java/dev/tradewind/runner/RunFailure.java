package dev.tradewind.runner;

import dev.tradewind.engine.Replay;
import dev.tradewind.model.UserError;

/**
 * A run stopped by an exception or error thrown while it ran (in the strategy or under it), with the time of the bar
 * it was at. {@link Failures#describe} makes it one line.
 */
public final class RunFailure extends RuntimeException {
    /** No bar: the strategy failed before the first bar or after the last (onStart, onStop). */
    public static final long NO_BAR = Long.MIN_VALUE;
    private final long barTime;

    private RunFailure(Throwable cause, long barTime) {
        super(cause.toString(), cause);
        this.barTime = barTime;
    }

    /** The bar being handled when it failed, epoch nanoseconds, or {@link #NO_BAR}. */
    public long barTime() { return barTime; }

    /**
     * {@code e} thrown while {@code replay} was running, with its current bar; a user error or a
     * cancellation passes through unchanged.
     */
    public static RuntimeException during(Throwable e, Replay replay) {
        if (e instanceof UserError || e instanceof java.util.concurrent.CancellationException || e instanceof RunFailure) {
            return (RuntimeException) e;
        }
        long t;
        try {
            t = replay == null ? NO_BAR : replay.time();
        } catch (IndexOutOfBoundsException outside) {
            t = NO_BAR;
        }
        return new RunFailure(e, t);
    }
}
