package dev.tradewind.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A named indicator for specs and the CLI: how many series it takes as inputs (0 for bar indicators that read
 * the OHLCV fields, 1, or 2 for crossover), its parameters with defaults, its output names and a factory.
 */
public record IndicatorDef(String name, int inputs, List<Param> params, List<String> outputs, String summary, Factory factory) {

    /** Creates an indicator from resolved parameters. */
    @FunctionalInterface
    public interface Factory {
        Indicator create(Args args);
    }

    public IndicatorDef {
        params = List.copyOf(params);
        outputs = List.copyOf(outputs);
    }

    /** A definition whose output names are read from an instance built with the defaults. */
    public static IndicatorDef of(String name, int inputs, String summary, Factory factory, Param... params) {
        Object[] defaults = new Object[params.length];
        for (int i = 0; i < params.length; i++) defaults[i] = params[i].defaultValue();
        Indicator sample = factory.create(new Args(defaults));
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < sample.outputs(); i++) outputs.add(sample.outputName(i));
        return new IndicatorDef(name, inputs, List.of(params), outputs, summary, factory);
    }

    /** Usage line, e.g. {@code macd(input,fast=12,slow=26,signal=9,seeding=talib|ttr) -> macd,signal,hist}. */
    public String usage() {
        List<String> parts = new ArrayList<>();
        if (inputs == 1) parts.add("input=close");
        if (inputs == 2) parts.addAll(List.of("a", "b"));
        params.forEach(p -> parts.add(p.describe()));
        return name + "(" + String.join(",", parts) + ")" + (outputs.size() > 1 ? " -> " + String.join(",", outputs) : "");
    }

    /** Output index of {@code outputName}, or -1. */
    public int outputIndex(String outputName) { return outputs.indexOf(outputName); }

    @Override
    public String toString() { return usage() + "  " + summary; }

    static String names(List<IndicatorDef> defs) { return defs.stream().map(IndicatorDef::name).collect(Collectors.joining(", ")); }
}
