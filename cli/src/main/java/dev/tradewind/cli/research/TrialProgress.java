package dev.tradewind.cli.research;

import java.util.function.IntConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar of runs on stderr; silent when stderr is not a terminal or with --quiet. Thread-safe. */
final class TrialProgress implements IntConsumer, AutoCloseable {
    private final ProgressBar bar;

    private TrialProgress(ProgressBar bar) { this.bar = bar; }

    static TrialProgress start(String task, String unit, long max, boolean quiet) {
        if (quiet || !dev.tradewind.cli.Progress.isTerminal()) return new TrialProgress(null);
        return new TrialProgress(new ProgressBarBuilder().setTaskName(task).setUnit(" " + unit, 1).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setInitialMax(max).build());
    }

    @Override
    public synchronized void accept(int done) {
        if (bar != null && done > bar.getCurrent()) bar.stepTo(done);
    }

    /** Advances by one (for steps counted by the caller). */
    synchronized void step() {
        if (bar != null) bar.step();
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
