package dev.tradewind.data;

/** Waiting for the loaders' helper threads. */
public final class Threads {
    private Threads() {}

    /**
     * Waits until {@code t} has ended, even if this thread is interrupted meanwhile (a reader or writer thread must be
     * gone before its buffers or files are reused); the interrupt is kept for the caller.
     */
    public static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
