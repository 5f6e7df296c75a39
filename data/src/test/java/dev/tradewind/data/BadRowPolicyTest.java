package dev.tradewind.data;

import static dev.tradewind.data.Samples.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Times;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BadRowPolicyTest {
    private static final LoadOptions SKIP = LoadOptions.defaults().withBadRows(BadRowPolicy.SKIP);
    private static final LoadOptions REPAIR = LoadOptions.defaults().withBadRows(BadRowPolicy.REPAIR);

    @Test
    void failStopsAtTheFirstBadRow() {
        assertThatThrownBy(() -> CsvBarLoader.load(fixture("messy.csv")))
                .hasMessage("src/test/resources/fixtures/messy.csv:3: high 10.6 is below close 10.8");
    }

    @Test
    void skipDropsInconsistentAndRepeatedRows() throws DataException {
        LoadResult r = CsvBarLoader.load(fixture("messy.csv"), SKIP);
        assertThat(r.series().size()).isEqualTo(4);
        assertThat(r.report().rowsRead()).isEqualTo(7);
        assertThat(r.report().skipped()).isEqualTo(new RowIssues(3, java.util.List.of(3L, 5L, 7L)));
        assertThat(r.report().repaired().count()).isZero();
        assertThat(r.report().skipped()).hasToString("3 (lines 3, 5, 7)");
    }

    @Test
    void repairFixesHighAndLowAndDropsRepeatedTimes() throws DataException {
        LoadResult r = CsvBarLoader.load(fixture("messy.csv"), REPAIR);
        BarSeries s = r.series();
        assertThat(s.size()).isEqualTo(6);
        assertThat(r.report().repaired()).isEqualTo(new RowIssues(2, java.util.List.of(3L, 5L)));
        assertThat(r.report().skipped()).isEqualTo(new RowIssues(1, java.util.List.of(7L)));
        assertThat(s.high()[1]).isEqualTo(10.8);
        assertThat(s.low()[1]).isEqualTo(10.4);
        assertThat(s.low()[3]).isEqualTo(10.9);
        assertThat(s.high()[3]).isEqualTo(11.2);
        assertThat(s.close()[4]).as("the first row of a repeated time is kept").isEqualTo(11.2);
    }

    @Test
    void skipDropsUnparseableRowsAndTimesGoingBack() throws DataException {
        LoadResult r = CsvBarLoader.load(fixture("messy-unparseable.csv"), SKIP);
        assertThat(r.series().size()).isEqualTo(3);
        assertThat(r.report().skipped()).hasToString("3 (lines 3, 5, 6)");
        assertThat(r.report().summary()).isEqualTo("src/test/resources/fixtures/messy-unparseable.csv: GENERIC, 6 rows, "
                + "3 bars, close, times [OFFSET_DATE_TIME] Z, skipped 3 (lines 3, 5, 6), repaired 0");
    }

    @Test
    void skipKeepsTheFirstFiveLineNumbers() throws DataException {
        StringBuilder csv = new StringBuilder("time,open,high,low,close,volume\n");
        for (int i = 1; i <= 9; i++) csv.append(i).append(i % 2 == 0 ? ",1,1,1,1,1\n" : ",1,0,1,1,1\n");
        LoadResult r = Samples.read(csv.toString(), SKIP);
        assertThat(r.series().size()).isEqualTo(4);
        assertThat(r.report().skipped()).hasToString("5 (lines 2, 4, 6, 8, 10)");
        csv.append("10,1,0,1,1,1\n");
        assertThat(Samples.read(csv.toString(), SKIP).report().skipped()).hasToString("6 (lines 2, 4, 6, 8, 10, ...)");
    }

    @Test
    void skippingEveryRowIsAnError() {
        assertThatThrownBy(() -> Samples.read("time,open,high,low,close,volume\n1,a,1,1,1,1\n2,b,1,1,1,1\n", SKIP))
                .hasMessage("test.csv: every data row was skipped as bad: 2 (lines 2, 3); load with BadRowPolicy.FAIL "
                        + "to see why");
    }

    @Test
    void rangeFilterKeepsFromInclusiveToExclusive() throws DataException {
        long from = Times.ofInstant(Instant.parse("2023-08-02T00:00:00Z"));
        long to = Times.ofInstant(Instant.parse("2023-08-03T00:00:00Z"));
        LoadResult r = CsvBarLoader.load(Samples.sample("FILUSDT-1m-2023-08.csv.gz"), LoadOptions.defaults().withRange(from, to));
        assertThat(r.series().size()).isEqualTo(1440);
        assertThat(r.series().time()[0]).isEqualTo(from);
        assertThat(r.report().rowsRead()).isEqualTo(44_640);
        assertThat(r.report().outOfRange()).isEqualTo(44_640 - 1440);
    }
}
