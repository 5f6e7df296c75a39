package dev.tradewind.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.Times;
import dev.tradewind.model.UserError;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradeCsvTest {
    @TempDir Path tmp;

    static long t(String iso) { return Times.ofInstant(Instant.parse(iso)); }

    @Test
    void readsTradewindTradesNamingTheStrategyAfterTheDirectory() throws Exception {
        Path f = Fixtures.write(tmp.resolve("beta/trades.csv"), Fixtures.BETA);
        List<TradeRow> rows = TradeCsv.read(f, ZoneOffset.UTC);
        assertThat(rows).containsExactly(
                new TradeRow(f.toString(), 2, "beta", "ABC", t("2024-01-02T10:00:00Z"), t("2024-01-03T10:00:00Z"), 30),
                new TradeRow(f.toString(), 3, "beta", "ABC", t("2024-01-04T10:00:00Z"), t("2024-01-05T14:00:00Z"), -20),
                new TradeRow(f.toString(), 4, "beta", "ABC", t("2024-01-08T10:00:00Z"), t("2024-01-10T10:00:00Z"), 50));
    }

    @Test
    void readsTheGenericLayoutInAnyOrderAndCaseGzipped() throws Exception {
        Path f = Fixtures.gzip(tmp.resolve("mixed.csv.gz"), """
                PnL,Exit_Time,Strategy,extra
                1.5,2024-03-01T10:00:00Z,s1,x
                -2.25e1,2024-03-02T10:00:00Z,s2,y
                """);
        List<TradeRow> rows = TradeCsv.read(f, ZoneOffset.UTC);
        assertThat(rows).extracting(TradeRow::strategy, TradeRow::symbol, TradeRow::entryTime, TradeRow::pnl).containsExactly(
                org.assertj.core.groups.Tuple.tuple("s1", "", TradeRow.NO_TIME, 1.5),
                org.assertj.core.groups.Tuple.tuple("s2", "", TradeRow.NO_TIME, -22.5));
        assertThat(rows.get(0).startTime()).isEqualTo(t("2024-03-01T10:00:00Z"));
    }

    @Test
    void netPnlWinsOverPnl() throws Exception {
        Path f = Fixtures.write(tmp.resolve("x.csv"), "exit_time,pnl,net_pnl\n2024-01-01T00:00:00Z,5,4\n");
        assertThat(TradeCsv.read(f, ZoneOffset.UTC).get(0).pnl()).isEqualTo(4);
    }

    @Test
    void strategyNamesFromFileNames() {
        assertThat(TradeCsv.defaultStrategy(Path.of("out/sma-cross/trades.csv"))).isEqualTo("sma-cross");
        assertThat(TradeCsv.defaultStrategy(Path.of("a/rsi.csv.gz"))).isEqualTo("rsi");
        assertThat(TradeCsv.defaultStrategy(Path.of("b.TXT"))).isEqualTo("b");
        assertThat(TradeCsv.defaultStrategy(Path.of("trades"))).isNotEmpty();
    }

    @Test
    void timeFormats() {
        ZoneId ny = ZoneId.of("America/New_York");
        assertThat(TimeText.parse("2024-01-02T03:04:05.123456789Z", ny)).isEqualTo(t("2024-01-02T03:04:05.123456789Z"));
        assertThat(TimeText.parse("2024-01-02T03:04:05+02:00", ny)).isEqualTo(t("2024-01-02T01:04:05Z"));
        assertThat(TimeText.parse("2024-01-02T09:30", ny)).isEqualTo(t("2024-01-02T14:30:00Z"));
        assertThat(TimeText.parse("2024-01-02 09:30:00", ny)).isEqualTo(t("2024-01-02T14:30:00Z"));
        assertThat(TimeText.parse("2024-01-02", ny)).isEqualTo(t("2024-01-02T05:00:00Z"));
        assertThatThrownBy(() -> TimeText.parse("02/01/2024", ny)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorsAreOneLineWithFileLineFieldAndValue() throws Exception {
        String head = "strategy,entry_time,exit_time,pnl\n";
        String ok = "s,2024-01-01T00:00:00Z,2024-01-02T00:00:00Z,1\n";
        expect("pnl.csv", head + ok + "s,2024-01-01T00:00:00Z,2024-01-02T00:00:00Z,abc\n",
                ":3: field 'pnl': expected a decimal number, got 'abc'");
        expect("nan.csv", head + "s,2024-01-01T00:00:00Z,2024-01-02T00:00:00Z,NaN\n",
                ":2: field 'pnl': expected a decimal number, got 'NaN'");
        expect("huge.csv", head + "s,2024-01-01T00:00:00Z,2024-01-02T00:00:00Z,1e999\n",
                ":2: field 'pnl': expected a finite number, got '1e999'");
        expect("time.csv", head + ok + ok + "s,2024-01-01T00:00:00Z,01/02/2024,1\n",
                ":4: field 'exit_time': expected an ISO-8601 time like 2023-08-01T00:00:00Z, got '01/02/2024'");
        expect("order.csv", head + "s,2024-01-03T00:00:00Z,2024-01-02T00:00:00Z,1\n",
                ":2: field 'exit_time': expected a time at or after entry_time 2024-01-03T00:00:00Z, got '2024-01-02T00:00:00Z'");
        expect("short.csv", head + "s,2024-01-01T00:00:00Z,2024-01-02T00:00:00Z\n",
                ":2: field 'pnl': expected a value (the header has more columns than this row's 3), got ''");
        expect("name.csv", head + " ,2024-01-01T00:00:00Z,2024-01-02T00:00:00Z,1\n",
                ":2: field 'strategy': expected a strategy name, got ''");
        expect("nopnl.csv", "strategy,exit_time,profit\ns,2024-01-02T00:00:00Z,1\n",
                ":1: field 'net_pnl': expected a header with columns exit_time and net_pnl (or pnl), got 'strategy,exit_time,profit'");
        expect("noexit.csv", "strategy,time,pnl\n", ":1: field 'exit_time': expected a header with columns exit_time and net_pnl (or pnl), got 'strategy,time,pnl'");
        expect("empty.csv", "", ":1: field 'header': expected a header with columns exit_time and net_pnl (or pnl), got an empty file");
        assertThatThrownBy(() -> TradeCsv.read(tmp.resolve("missing.csv"), ZoneOffset.UTC))
                .isInstanceOf(UserError.class).hasMessage(tmp.resolve("missing.csv") + ": no such file");
    }

    private void expect(String name, String text, String message) throws Exception {
        Path f = Fixtures.write(tmp.resolve(name), text);
        assertThatThrownBy(() -> TradeCsv.read(f, ZoneOffset.UTC)).isInstanceOf(UserError.class)
                .hasMessage(f + message).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
