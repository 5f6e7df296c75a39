package dev.tradewind.data;

/** How a file wrote its times, as detected per value. */
public enum TimeFormat {
    /** {@code 2006-01-02}, the start of that day in the load zone. */
    DATE,
    /** {@code 20060102}. */
    COMPACT_DATE,
    /** {@code 2006-01-02 09:30:00} or with {@code T}, in the load zone; also a Date column plus a Time column. */
    LOCAL_DATE_TIME,
    /** {@code 2006-01-02T09:30:00Z} or {@code +01:00}: the zone option does not apply. */
    OFFSET_DATE_TIME,
    /** Integer epoch seconds: up to 11 digits, except exactly 8 digits, which is read as a compact date. */
    EPOCH_SECONDS,
    /** Integer epoch milliseconds (12 to 14 digits). */
    EPOCH_MILLIS,
    /** Integer epoch microseconds (15 to 17 digits). */
    EPOCH_MICROS,
    /** Integer epoch nanoseconds (18 or more digits). */
    EPOCH_NANOS
}
