package dev.tradewind.data;

/** What {@link Gaps#apply} does with the gaps it reports. */
public enum GapPolicy {
    /** Change nothing; only report. */
    LEAVE,
    /** Insert a flat bar at the previous close with zero volume at every missing bar time of a reported gap. */
    FILL,
    /**
     * Remove every bar of each period ({@link GapOptions#dropPeriod()}, in the options' zone) that contains a
     * missing bar time of a reported gap, so only whole periods remain.
     */
    DROP
}
