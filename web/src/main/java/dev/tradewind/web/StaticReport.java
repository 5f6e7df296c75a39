package dev.tradewind.web;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.StrategySource;
import dev.tradewind.strategy.Strategy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The run report as one self-contained HTML file: the report's data and the report script (chart library included)
 * and styles are inlined, so it opens from disk in any browser with no server and no network.
 */
public final class StaticReport {
    /** The file name {@code backtest --out DIR} writes. */
    public static final String FILE = "report.html";

    private StaticReport() {}

    /**
     * Writes {@code dir/report.html} for a finished backtest (atomically: a temporary file moved into place).
     *
     * @throws UserError when the bar file cannot be read again or the directory cannot be written
     */
    public static Path write(Path dir, Backtester.Outcome o) { return write(dir, o, null); }

    /**
     * The same, drawing {@code bars} when they are the bars the run saw (the caller loaded them for it: they are not
     * read again); null or other bars: the run's data is read again.
     */
    public static Path write(Path dir, Backtester.Outcome o, BarSeries bars) {
        String strategy = o.config().strategy();
        String strategyId = strategy.endsWith(".java") ? Path.of(strategy).getFileName().toString() : strategy;
        String dataId = Path.of(o.config().data()).getFileName().toString();
        BarSeries seen = bars != null && java.util.Arrays.equals(bars.time(), o.result().time()) ? bars : RunBars.load(o);
        Report report = ReportBuilder.build(null, o, seen, strategyId, strategyType(strategy), dataId, null);
        Path file = dir.resolve(FILE);
        Path tmp = dir.resolve(FILE + ".tmp");
        try {
            Files.createDirectories(dir);
            Files.writeString(tmp, html(report), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** The HTML document of a report. */
    public static String html(Report full) {
        Report report = ReportSample.overview(full); // no server to ask for a window's every bar: the overview only
        String title = "Tradewind: " + report.run().strategyName() + " on " + report.run().symbol();
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"Tradewind\">\n<link rel=\"icon\" href=\"data:,\">\n"
                + "<title>" + escapeHtml(title) + "</title>\n<style>\n" + asset("report.css") + "\n</style>\n</head>\n"
                + "<body class=\"static-report\">\n<div id=\"app\"></div>\n"
                + "<script type=\"application/json\" id=\"tradewind-report\">" + scriptSafeJson(report) + "</script>\n"
                + "<script>\n" + asset("report.js").replace("</script", "<\\/script") + "\n</script>\n</body>\n</html>\n";
    }

    /** JSON with every {@code <} escaped, so no sequence in the data can end the script element. */
    static String scriptSafeJson(Object value) {
        return WebJson.write(value).replace("<", "\\u003c");
    }

    private static Class<? extends Strategy> strategyType(String strategy) {
        try {
            return StrategySource.resolve(strategy).type();
        } catch (UserError | IllegalArgumentException e) {
            return null;
        }
    }

    private static String asset(String name) {
        try (InputStream in = StaticReport.class.getResourceAsStream("/static/" + name)) {
            if (in == null) {
                throw new UserError(FILE + ": this build has no web assets (/static/" + name
                        + "); build the web module with node and npm installed");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /static/" + name, e);
        }
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
