package dev.tradewind.cli;

import java.util.function.IntConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr for long runs; silent when stderr is not a terminal or with --quiet. */
public final class Progress implements IntConsumer, AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) { this.bar = bar; }

    static Progress start(String task, boolean quiet) {
        if (quiet || !isTerminal()) return new Progress(null);
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setUnit(" bars", 1).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setInitialMax(-1).build();
        return new Progress(bar);
    }

    /** Whether a bar is drawn (other lines on stderr then clear it first). */
    boolean active() { return bar != null; }

    @Override
    public void accept(int barsDone) {
        if (bar != null) bar.stepTo(barsDone);
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }

    /** True when a person is watching: a console that is a terminal (checked with Console.isTerminal on JDK 22+). */
    public static boolean isTerminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
