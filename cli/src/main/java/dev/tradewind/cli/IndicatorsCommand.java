package dev.tradewind.cli;

import dev.tradewind.model.UserError;
import dev.tradewind.runner.BlockCsv;
import dev.tradewind.data.CsvBarLoader;
import dev.tradewind.data.DataException;
import dev.tradewind.data.LoadOptions;
import dev.tradewind.indicators.IndicatorDef;
import dev.tradewind.indicators.IndicatorGraph;
import dev.tradewind.indicators.IndicatorRegistry;
import dev.tradewind.indicators.IndicatorSpec;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Series;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tradewind indicators}: computes indicators over a bar file and writes one column per output line, one row
 * per bar, empty before warm-up. A multi-output indicator without a {@code .output} suffix gives all its lines.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compute indicators over a bar file as CSV (or list them with --list).")
final class IndicatorsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE", description = "bar file (same layouts as backtest)")
    Path data;
    @Option(names = "--indicator", paramLabel = "SPEC", description = "e.g. 'ema(close,20)', 'macd(close,12,26,9)', 'sma(rsi(close,14),5)'; repeatable")
    List<String> indicators = new ArrayList<>();
    @Option(names = "--out", paramLabel = "FILE", description = "output CSV (default: standard output)")
    Path out;
    @Option(names = "--zone", description = "time zone of local times in the file (default UTC)")
    String zone = "UTC";
    @Option(names = "--list", description = "list the available indicators and their parameters")
    boolean list;

    @Override
    public Integer call() throws IOException {
        if (list) {
            for (IndicatorDef d : IndicatorRegistry.standard().list()) spec.commandLine().getOut().println(d);
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (data == null) throw new UserError("--data is required");
        if (indicators.isEmpty()) throw new UserError("give at least one --indicator (see --list)");
        BarSeries bars;
        try {
            bars = CsvBarLoader.load(data, LoadOptions.defaults().withZone(ZoneId.of(zone))).series();
        } catch (DataException e) {
            throw new UserError(e.getMessage(), e);
        }
        IndicatorGraph graph = new IndicatorGraph(bars.size());
        List<String> names = new ArrayList<>();
        List<Series> columns = new ArrayList<>();
        for (String text : indicators) {
            IndicatorSpec s;
            try {
                s = IndicatorSpec.parse(text);
            } catch (IllegalArgumentException e) {
                throw new UserError("--indicator '" + text + "': " + e.getMessage(), e);
            }
            boolean whole = !s.isSource() && s.definition().outputs().size() > 1 && !s.canonical().contains(").");
            if (whole) {
                for (String o : s.definition().outputs()) {
                    names.add(s.canonical() + "." + o);
                    columns.add(graph.add(s.canonical() + "." + o));
                }
            } else {
                names.add(s.canonical());
                columns.add(graph.add(s));
            }
        }
        long[] t = bars.time();
        double[] o = bars.open(), h = bars.high(), l = bars.low(), c = bars.close(), v = bars.volume();
        graph.attach(t, o, h, l, c, v); // computed a block of bars at a time: the same values as bar by bar
        for (int i = 0; i < bars.size(); i++) graph.update(t[i], o[i], h[i], l[i], c[i], v[i]);
        String[] head = new String[names.size() + 1];
        head[0] = "time";
        for (int k = 0; k < names.size(); k++) head[k + 1] = names.get(k);
        BlockCsv.Rows rows = rows(bars, columns); // formatted on every core
        if (out == null) {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            BlockCsv.write(w, head, rows);
            w.flush();
        } else {
            try {
                BlockCsv.toFile(out, head, rows);
            } catch (IOException e) {
                throw new UserError("cannot write " + out + ": " + e.getMessage(), e);
            }
        }
        return 0;
    }

    /** The time and each column's value, one row per bar. */
    private static BlockCsv.Rows rows(BarSeries bars, List<Series> columns) {
        double[][] values = new double[columns.size()][];
        for (int k = 0; k < values.length; k++) values[k] = columns.get(k).values();
        long[] time = bars.time();
        return csv -> {
            double[] row = new double[values.length];
            for (int i = 0; i < time.length; i++) {
                for (int k = 0; k < values.length; k++) row[k] = values[k][i];
                csv.row(time[i], row);
            }
        };
    }
}
