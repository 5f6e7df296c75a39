package dev.tradewind.store;

import java.util.Locale;

/**
 * Where a run stands. RUNNING, COMPLETED and FAILED are stored; INCOMPLETE is what a reader sees for a run stored as
 * running whose process is gone (killed, crashed, power lost): it never completed and never will.
 */
public enum RunStatus {
    RUNNING, COMPLETED, FAILED, INCOMPLETE;

    /** The lower-case name used in the database and on the command line. */
    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** Parses a label, case-insensitively; null if unknown. */
    public static RunStatus parse(String s) {
        for (RunStatus r : values()) if (r.label().equalsIgnoreCase(s.strip())) return r;
        return null;
    }
}
