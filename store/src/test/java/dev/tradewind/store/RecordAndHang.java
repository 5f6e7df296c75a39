package dev.tradewind.store;

/** A process that starts recording a run, prints its id and then waits to be killed (see KilledRunTest). */
public final class RecordAndHang {
    private RecordAndHang() {}

    public static void main(String[] args) throws InterruptedException {
        RunStore store = RunStore.open(StoreTarget.parse(args[0]), true);
        Recording rec = store.begin(SampleRun.start("doomed"));
        System.out.println(rec.id());
        System.out.flush();
        Thread.sleep(120_000);
        rec.complete(SampleRun.completion(SampleRun.result(10)));
    }
}
