package dev.tradewind.indicators;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * One parameter of an indicator definition: its name, kind and default. {@link Kind#CHOICE} takes one of
 * {@code choices} (a word); {@link Kind#ZONE} a time-zone id such as {@code utc} or {@code america/new_york}.
 */
public record Param(String name, Kind kind, Object defaultValue, List<String> choices) {

    /** What a parameter accepts. */
    public enum Kind { INT, REAL, CHOICE, ZONE }

    public Param {
        choices = List.copyOf(choices);
    }

    public static Param integer(String name, int defaultValue) { return new Param(name, Kind.INT, defaultValue, List.of()); }

    public static Param real(String name, double defaultValue) { return new Param(name, Kind.REAL, defaultValue, List.of()); }

    public static Param choice(String name, String defaultValue, String... choices) {
        return new Param(name, Kind.CHOICE, defaultValue, List.of(choices));
    }

    public static Param zone(String name, String defaultValue) { return new Param(name, Kind.ZONE, zoneOf(defaultValue), List.of()); }

    /** The canonical spec text of a value of this parameter. */
    public String format(Object value) {
        return switch (kind) {
            case INT -> Integer.toString((Integer) value);
            case REAL -> BigDecimal.valueOf((Double) value).stripTrailingZeros().toPlainString();
            case CHOICE -> (String) value;
            case ZONE -> value.equals(ZoneOffset.UTC) ? "utc"
                    : (value instanceof ZoneOffset ? "utc" : "") + ((ZoneId) value).getId().toLowerCase(Locale.ROOT);
        };
    }

    /** {@code name=default}, or {@code name=a|b} for a choice. */
    public String describe() {
        return name + "=" + (kind == Kind.CHOICE ? String.join("|", choices) : format(defaultValue));
    }

    /** The zone named {@code text}, any case; null if there is none. */
    static ZoneId zoneOf(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals("utc") || t.equals("z")) return ZoneOffset.UTC;
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.toLowerCase(Locale.ROOT).equals(t)) return ZoneId.of(id);
        }
        try {
            return ZoneId.of(text.toUpperCase(Locale.ROOT)).normalized();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
