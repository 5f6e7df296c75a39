package dev.tradewind.store;

/**
 * A process that starts recording a run, prints its id and then waits to be killed (see KilledRunTest); with a second
 * argument {@code ahead} it first writes the run's rows ahead (a transaction left open, as the CLI's backtest has
 * while it computes the statistics).
 */
public final class RecordAndHang {
    private RecordAndHang() {}

    public static void main(String[] args) throws InterruptedException {
        RunStore store = RunStore.open(StoreTarget.parse(args[0]), true);
        Recording rec = store.begin(SampleRun.start("doomed"));
        if (args.length > 1 && args[1].equals("ahead")) {
            rec.writeRowsAhead(SampleRun.result(3_000));
            try {
                store.writer().submit(() -> { }).get(); // the rows are written, their transaction open
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        System.out.println(rec.id());
        System.out.flush();
        Thread.sleep(120_000);
        rec.complete(SampleRun.completion(SampleRun.result(10)));
    }
}
