package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every failure a user can cause is one line on stderr with exit code 2; the stack trace only with --verbose. */
class FailureMessagesTest {
    static final String DAILY = "../sample-data/2006-day-001.txt";
    @TempDir Path tmp;

    private Path strategy(String name, String body) throws Exception {
        Path src = tmp.resolve(name + ".java");
        Files.writeString(src, "import dev.tradewind.strategy.*;\npublic class " + name + " implements Strategy {\n" + body + "\n}\n");
        return src;
    }

    private CliRun backtest(Path strategy, String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"backtest", "--data", DAILY, "--strategy", strategy.toString(), "--no-store"}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRun.of(args);
    }

    @Test
    void aThrowingStrategyIsOneLineWithTheBarTimeAndItsLine() throws Exception {
        Path src = strategy("Thrower", "    int n;\n    public void onBar(Context ctx) { if (++n == 3) throw new IllegalStateException(\"no\"); }");
        CliRun r = backtest(src, "-q");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).doesNotContain("\tat ")
                .startsWith("error: the strategy failed at bar 2006-01-04T00:00:00Z: IllegalStateException: no (Thrower.java:4)");
        CliRun verbose = backtest(src, "-q", "--verbose");
        assertThat(verbose.code()).isEqualTo(2);
        assertThat(verbose.err()).contains("\tat Thrower.onBar(Thrower.java:4)");
    }

    @Test
    void aStackOverflowIsOneLine() throws Exception {
        Path src = strategy("Deep", "    int f(int x) { return f(x + 1) + 1; }\n    public void onBar(Context ctx) { f(0); }");
        CliRun r = backtest(src, "-q");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).startsWith("error: stack overflow").contains("StackOverflowError (Deep.java:3)");
    }

    @Test
    void aThrowingStaticInitializerIsOneLine() throws Exception {
        Path src = strategy("Static", "    static final int X = Integer.parseInt(\"x\");\n    public void onBar(Context ctx) {}");
        CliRun r = backtest(src, "-q");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).doesNotContain("\tat ")
                .contains("its static initializer threw NumberFormatException: For input string: \"x\" (Static.java:3)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        {"data": "DATA"}                                        | strategy: missing (add it or give --strategy)
        {"strategy": "sma-cross"}                               | data: missing (add it or give --data)
        {"data": "DATA", "strategy": "sma-cross", "cash": -1000} | cash: expected a number > 0, got -1000.0
        {"data": "DATA", "strategy": "sma-cross", "cash": "lots"} | cash: expected a number, got 'lots'
        {"data": "DATA", "strategy": "sma-cross", "cash": 1e309} | cash: expected a number > 0, got Infinity
        {"data": "DATA", "strategy": "sma-cross", "instrument": {"lot": -1}} | instrument.lot: expected a number >= 0, got -1.0
        {"data": "DATA", "strategy": "sma-cross", "commission": {"percent": []}} | commission.percent: expected a number
        {"data": "DATA", "strategy": "sma-cross", "casj": 5}   | casj: unknown field (known: bad_rows, cash,
        [1, 2                                                   | line 2, column 1: Unexpected end-of-input: expected close marker for Array
        null                                                    | expected a JSON object, got null
        '"\u001b[2J"'                                           | line 1, column 2: Illegal unquoted character ((CTRL-CHAR, code 27))
        '"text"'                                                | expected a JSON object, got string
        """)
    void aBadConfigIsOneLineNamingTheField(String json, String message) throws Exception {
        Path c = tmp.resolve("c.json");
        Files.writeString(c, json.replace("DATA", DAILY) + "\n");
        CliRun r = CliRun.of("backtest", "--config", c.toString(), "--no-store", "-q");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).startsWith("error: " + c + ": " + message);
    }

    @Test
    void aConfigWithOnlyDataAndStrategyRunsWithTheDefaults() throws Exception {
        Path c = tmp.resolve("c.json");
        Files.writeString(c, "{\"data\": \"" + DAILY + "\", \"strategy\": \"sma-cross\"}");
        CliRun fromFile = CliRun.of("backtest", "--config", c.toString(), "--no-store", "-q", "--json").ok();
        CliRun fromOptions = CliRun.of("backtest", "--data", DAILY, "--strategy", "sma-cross", "--no-store", "-q", "--json").ok();
        assertThat(fromFile.out()).isEqualTo(fromOptions.out());
    }

    @Test
    void controlCharactersFromADataFileNeverReachTheTerminal() throws Exception {
        Path csv = tmp.resolve("evil.csv");
        Files.writeString(csv, "date,open,high,low,close,volume\n2024-01-02,\u001b]0;title\u0007\u001b[2J,2,0.5,1.5,10\n");
        CliRun r = CliRun.of("backtest", "--data", csv.toString(), "--strategy", "sma-cross", "--no-store", "-q");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).hasLineCount(1).doesNotContain("\u001b").doesNotContain("\u0007")
                .contains("got '\\x1b]0;title\\x07\\x1b[2J'");
        Files.write(tmp.resolve("binary.csv"), new byte[] {'d', 'a', 't', 'e', ',', 0x1b, '[', '2', 'J', 7, 0, 1, '\n', '1', '\n'});
        CliRun b = CliRun.of("backtest", "--data", tmp.resolve("binary.csv").toString(), "--strategy", "sma-cross", "--no-store", "-q");
        assertThat(b.code()).isEqualTo(2);
        assertThat(b.err()).hasLineCount(1).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u0000");
    }
}
