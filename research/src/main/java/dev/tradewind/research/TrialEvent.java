package dev.tradewind.research;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * One sweep trial as a Java Flight Recorder event: its parameters, wall time (the event's duration) and the CPU time of
 * the thread that ran it. Recorded only when a recording enables it ({@code JAVA_TOOL_OPTIONS=-XX:StartFlightRecording}
 * and {@code jfr print --events dev.tradewind.Trial}); otherwise it costs a check per trial. It is how a sweep's trials
 * were seen to take two to three times their steady CPU while the JIT warms up (bench/E2E.md, thirteenth session).
 */
@Name("dev.tradewind.Trial")
@Label("Sweep trial")
@Category("Tradewind")
@StackTrace(false)
@Description("One trial of a parameter search: its parameters, wall time and the running thread's CPU time")
final class TrialEvent extends Event {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Label("Parameters")
    String params;

    @Label("Thread CPU time")
    @Timespan(Timespan.NANOSECONDS)
    long cpuTime;

    private transient long cpuStart;

    /** Starts timing a trial, or returns null when no recording wants the event. */
    static TrialEvent start() {
        TrialEvent e = new TrialEvent();
        if (!e.isEnabled()) return null;
        e.cpuStart = THREADS.getCurrentThreadCpuTime();
        e.begin();
        return e;
    }

    /** Ends and records the trial that ran {@code params}. */
    void finish(Object params) {
        end();
        if (!shouldCommit()) return;
        cpuTime = THREADS.getCurrentThreadCpuTime() - cpuStart;
        this.params = String.valueOf(params);
        commit();
    }
}
