package dev.tradewind.indicators;

import java.util.Locale;

/** A price line read straight from the bar: the leaves of an {@link IndicatorSpec}. */
public enum Source {
    OPEN, HIGH, LOW, CLOSE, VOLUME,
    /** {@code (H + L) / 2}. */
    HL2,
    /** {@code (H + L + C) / 3}. */
    HLC3,
    /** {@code (O + H + L + C) / 4}. */
    OHLC4;

    /** The value of this line for one bar. */
    public double read(double open, double high, double low, double close, double volume) {
        return switch (this) {
            case OPEN -> open;
            case HIGH -> high;
            case LOW -> low;
            case CLOSE -> close;
            case VOLUME -> volume;
            case HL2 -> (high + low) / 2;
            case HLC3 -> (high + low + close) / 3;
            case OHLC4 -> (open + high + low + close) / 4;
        };
    }

    /** The spec name, e.g. {@code "hlc3"}. */
    public String key() { return name().toLowerCase(Locale.ROOT); }

    /** The source named {@code key} (lower case), or null. */
    public static Source find(String key) {
        for (Source s : values()) {
            if (s.key().equals(key)) return s;
        }
        return null;
    }
}
