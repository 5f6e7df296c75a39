package dev.tradewind.live;

/** Waits on behalf of a rate limiter; injected so tests record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    void sleep(long millis) throws InterruptedException;

    Sleeper SYSTEM = Thread::sleep;
}
