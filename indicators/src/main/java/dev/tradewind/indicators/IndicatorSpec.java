package dev.tradewind.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parsed indicator spec: a {@link Source} ({@code open|high|low|close|volume|hl2|hlc3|ohlc4}) or a call of a
 * registered indicator on input specs and parameters, with an optional output suffix:
 * {@code ema(close,20)}, {@code sma(rsi(close,14),5)}, {@code macd(close,12,26,9).signal},
 * {@code crossover(close,sma(close,15))}, {@code atr(14)}. Inputs come first; a single-input indicator may omit
 * its input ({@code rsi(14)} is {@code rsi(close,14)}); missing trailing parameters take their defaults.
 * {@link #canonical()} is the identity: lower case, no blanks, the input and every parameter written out except
 * options (choice words such as {@code seed}) left at their default, no suffix for the first
 * output. {@code EMA( close, 20 )}, {@code ema(20)} and {@code ema(close,20,sma)} are all {@code ema(close,20)}.
 * Immutable.
 */
public final class IndicatorSpec {

    private final Source source;
    private final IndicatorDef def;
    private final List<IndicatorSpec> inputs;
    private final Args args;
    private final int output;
    private final String nodeKey;
    private final String canonical;

    private IndicatorSpec(Source source, IndicatorDef def, List<IndicatorSpec> inputs, Args args, int output) {
        this.source = source;
        this.def = def;
        this.inputs = List.copyOf(inputs);
        this.args = args;
        this.output = output;
        if (source != null) {
            nodeKey = source.key();
        } else {
            List<String> parts = new ArrayList<>();
            inputs.forEach(i -> parts.add(i.canonical));
            List<Param> params = def.params();
            int shown = params.size();
            while (shown > 0 && params.get(shown - 1).kind() == Param.Kind.CHOICE && params.get(shown - 1).defaultValue().equals(args.get(shown - 1))) {
                shown--;
            }
            for (int i = 0; i < shown; i++) parts.add(params.get(i).format(args.get(i)));
            nodeKey = def.name() + "(" + String.join(",", parts) + ")";
        }
        canonical = output == 0 ? nodeKey : nodeKey + "." + def.outputs().get(output);
    }

    /** Parses {@code spec} against the standard registry; a bad spec throws {@link IllegalArgumentException} with a one-line message. */
    public static IndicatorSpec parse(String spec) { return parse(spec, IndicatorRegistry.standard()); }

    /** Parses {@code spec} against {@code registry}. */
    public static IndicatorSpec parse(String spec, IndicatorRegistry registry) {
        return new SpecResolver(spec, registry).resolve(SpecParser.parse(spec));
    }

    static IndicatorSpec ofSource(Source source) { return new IndicatorSpec(source, null, List.of(), null, 0); }

    static IndicatorSpec ofCall(IndicatorDef def, List<IndicatorSpec> inputs, Args args, int output) {
        return new IndicatorSpec(null, def, inputs, args, output);
    }

    /** A new, independent instance of the indicator (not for sources). */
    public Indicator create() {
        if (def == null) throw new IllegalStateException(source.key() + " is an input, not an indicator");
        return def.factory().create(args);
    }

    /** The canonical text, e.g. {@code macd(close,12,26,9).signal}. */
    public String canonical() { return canonical; }

    /** The canonical text without the output suffix: the identity of the computing node. */
    public String nodeKey() { return nodeKey; }

    public boolean isSource() { return source != null; }

    /** The source, or null for a call. */
    public Source source() { return source; }

    /** The definition, or null for a source. */
    public IndicatorDef definition() { return def; }

    /** Input specs of a call (empty for sources and bar indicators). */
    public List<IndicatorSpec> inputs() { return inputs; }

    /** Parameter values of a call. */
    public Args args() { return args; }

    /** Selected output line (0 when no suffix). */
    public int output() { return output; }

    @Override public boolean equals(Object o) { return o instanceof IndicatorSpec s && s.canonical.equals(canonical); }
    @Override public int hashCode() { return Objects.hash(canonical); }
    @Override public String toString() { return canonical; }
}
