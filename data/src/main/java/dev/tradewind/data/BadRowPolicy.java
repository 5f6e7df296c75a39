package dev.tradewind.data;

/** What the loader does with a row it cannot use as is. */
public enum BadRowPolicy {
    /** Stop at the first bad row with a {@link DataException}. */
    FAIL,
    /** Drop every bad row (unparseable, inconsistent, not after the previous time) and count it. */
    SKIP,
    /**
     * Fix what has one obvious fix and count it: a high below max(open, close) is raised to it, a low above
     * min(open, close) is lowered to it, a row repeating the previous time is dropped. Anything else (an
     * unparseable value, a negative volume, a time going backwards) still fails.
     */
    REPAIR
}
