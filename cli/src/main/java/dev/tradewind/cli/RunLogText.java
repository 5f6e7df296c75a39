package dev.tradewind.cli;

import dev.tradewind.model.LogLine;
import dev.tradewind.model.Times;
import dev.tradewind.model.UserError;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A run's log as text, one line per {@code ctx.log()} call: {@code 2023-08-01T05:56:00Z INFO message} (bar time in
 * UTC). Printed on stderr as the run goes (stdout stays the report or the JSON), and written to {@code log.txt}.
 */
final class RunLogText {
    private RunLogText() {}

    static String line(LogLine l) { return Times.format(l.time()) + " " + l.level() + " " + l.message(); }

    /**
     * Prints each line on {@code err} as it comes; null when {@code quiet}. Over a progress bar, each line first clears
     * the bar's line (the bar redraws itself below).
     */
    static Consumer<LogLine> console(boolean quiet, PrintStream err, boolean overProgressBar) {
        if (quiet) return null;
        String prefix = overProgressBar ? "\r\u001b[2K" : "";
        return l -> err.println(prefix + line(l));
    }

    /** Writes {@code log.txt} into {@code dir} (an empty file when nothing was logged). */
    static void write(Path dir, List<LogLine> lines) {
        StringBuilder b = new StringBuilder();
        for (LogLine l : lines) b.append(line(l)).append('\n');
        Path file = dir.resolve("log.txt");
        try {
            Files.createDirectories(dir);
            Files.writeString(file, b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
