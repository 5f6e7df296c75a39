package dev.tradewind.cli.store;

import dev.tradewind.model.Times;
import dev.tradewind.runner.Num;
import java.util.Map;
import java.util.stream.Collectors;

/** How runs are shown on the console. */
final class Format {
    private Format() {}

    /** {@code 2026-11-21 21:30:05} (UTC), or empty for 0. */
    static String time(long ns) {
        if (ns == 0) return "";
        String s = Times.format(ns).replace('T', ' ');
        int dot = s.indexOf('.');
        return (dot > 0 ? s.substring(0, dot) : s.substring(0, s.length() - 1));
    }

    /** {@code fast=60 slow=240}, by name (the order a run's map was built in is not kept by every engine version). */
    static String params(Map<String, String> params) {
        return new java.util.TreeMap<>(params).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    /** A statistic for people: integers as they are, other numbers with up to 4 decimals; empty if absent. */
    static String stat(Object v) {
        if (v == null) return "";
        if (v instanceof Integer || v instanceof Long) return v.toString();
        if (v instanceof Number n) {
            double x = n.doubleValue();
            if (!Double.isFinite(x)) return Num.plain(x);
            String s = Num.fixed(x, 4);
            return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        }
        return v.toString();
    }

    /** A fraction as a percentage, or empty. */
    static String percent(double x) { return Double.isNaN(x) ? "" : Num.percent(x); }

    /** A number with 2 decimals, or empty. */
    static String fixed(double x) { return Double.isNaN(x) ? "" : Num.fixed(x, 2); }
}
