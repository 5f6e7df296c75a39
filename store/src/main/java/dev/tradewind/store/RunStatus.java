package dev.tradewind.store;

import java.util.Locale;

/**
 * Where a run stands. RUNNING, COMPLETED and FAILED are stored; INCOMPLETE is what a reader sees for a run stored as
 * running whose process is gone (killed, crashed, power lost): it never completed and never will. STOPPED is what a
 * reader sees for a run that never ends by itself (paper, live) which its user stopped: it is stored as completed with
 * a message that begins with {@code stopped}, and can be resumed.
 */
public enum RunStatus {
    RUNNING, COMPLETED, FAILED, INCOMPLETE, STOPPED;

    /** The message that marks a completed run as stopped by its user begins with this. */
    public static final String STOPPED_PREFIX = "stopped";

    /** The lower-case name used in the database and on the command line. */
    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** Parses a label, case-insensitively; null if unknown. */
    public static RunStatus parse(String s) {
        for (RunStatus r : values()) if (r.label().equalsIgnoreCase(s.strip())) return r;
        return null;
    }
}
