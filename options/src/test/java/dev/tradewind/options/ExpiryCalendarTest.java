package dev.tradewind.options;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expiry dates checked by hand against the exchanges' announcements (each case says which). */
class ExpiryCalendarTest {

    private static List<LocalDate> dates(String... iso) { return Stream.of(iso).map(LocalDate::parse).toList(); }

    @Test
    void spxMonthliesAreThirdFridaysAmSettledAndGoodFridayMovesThemToThursday() throws Exception {
        ExpiryCalendar spx = ExpiryCalendar.load("SPX");
        assertThat(spx.onOrAfter(parse("2019-06-01"))).isEqualTo(parse("2019-06-21"));
        assertThat(spx.nextMonthly(parse("2019-06-22"))).isEqualTo(parse("2019-07-19"));
        // April 2025: the third Friday is Good Friday, 2025-04-18: expiry on Thursday the 17th
        assertThat(spx.onOrAfter(parse("2025-04-01"))).isEqualTo(parse("2025-04-17"));
        assertThat(spx.isExpiry(parse("2025-04-18"))).isFalse();
        // AM-settled: at 08:30 Chicago on expiry day the series is gone
        ZoneId chicago = ZoneId.of("America/Chicago");
        assertThat(spx.closest(ZonedDateTime.of(2025, 4, 17, 8, 29, 0, 0, chicago).toInstant())).isEqualTo(parse("2025-04-17"));
        assertThat(spx.closest(ZonedDateTime.of(2025, 4, 17, 8, 30, 0, 0, chicago).toInstant())).isEqualTo(parse("2025-05-16"));
        assertThat(spx.expiryTime(parse("2025-05-16"))).isEqualTo(ZonedDateTime.of(2025, 5, 16, 8, 30, 0, 0, chicago));
        assertThat(spx.expiries(parse("2024-01-01"), parse("2024-12-31"))).hasSize(12);
    }

    @Test
    void spxwAugust2016MatchesCboesPublishedList() throws Exception {
        // Cboe Options Hub, 2016-08-17: the SPX/SPXW expirations from Aug 12 to Sep 9, 2016, with the first Monday
        // Weeklys (Aug 22) and the Tuesday after Labor Day (Sep 6) standing in for the Monday holiday
        ExpiryCalendar spxw = ExpiryCalendar.load("SPXW");
        assertThat(spxw.expiries(parse("2016-08-12"), parse("2016-09-09"))).isEqualTo(dates("2016-08-12", "2016-08-17",
                "2016-08-19", "2016-08-22", "2016-08-24", "2016-08-26", "2016-08-29", "2016-08-31", "2016-09-02",
                "2016-09-06", "2016-09-07", "2016-09-09"));
    }

    @Test
    void spxwHasAnExpiryEveryTradingDaySinceMay2022() throws Exception {
        ExpiryCalendar spxw = ExpiryCalendar.load("SPXW");
        // Thanksgiving week 2025: Thursday is a holiday, its series moves to Wednesday (already an expiry)
        assertThat(spxw.expiries(parse("2025-11-24"), parse("2025-11-30"))).isEqualTo(dates("2025-11-24", "2025-11-25",
                "2025-11-26", "2025-11-28"));
        // before Tuesday and Thursday expirations: Monday, Wednesday, Friday and the month's last business day
        assertThat(spxw.expiries(parse("2019-10-28"), parse("2019-11-03"))).isEqualTo(dates("2019-10-28", "2019-10-30",
                "2019-10-31", "2019-11-01"));
        assertThat(spxw.isMonthly(parse("2019-10-31"))).isFalse();
        assertThat(spxw.isMonthly(parse("2019-07-19"))).isTrue();
        assertThat(spxw.daysToExpiry(parse("2025-11-29"))).isEqualTo(2); // Saturday -> Monday
        assertThat(spxw.daysToExpiry(parse("2025-12-01"))).isZero();
        assertThat(spxw.daysToMonthlyExpiry(parse("2025-12-01"))).isEqualTo(18);
        // the national day of mourning 2025-01-09 (Thursday): no expiry; the Wednesday and Friday stand
        assertThat(spxw.expiries(parse("2025-01-06"), parse("2025-01-10"))).isEqualTo(dates("2025-01-06", "2025-01-07",
                "2025-01-08", "2025-01-10"));
    }

    @Test
    void spxwContainsEveryExpiryOfThe2019Snapshot() throws Exception {
        ExpiryCalendar spxw = ExpiryCalendar.load("SPXW");
        // the 30 expirations in spxw20190626.csv (Cboe data via sitmo/volkit)
        for (LocalDate d : dates("2019-06-26", "2019-06-28", "2019-07-01", "2019-07-03", "2019-07-05", "2019-07-08",
                "2019-07-10", "2019-07-12", "2019-07-15", "2019-07-17", "2019-07-19", "2019-07-22", "2019-07-24",
                "2019-07-26", "2019-07-29", "2019-07-31", "2019-08-02", "2019-08-09", "2019-08-16", "2019-08-23",
                "2019-08-30", "2019-09-20", "2019-09-30", "2019-10-18", "2019-10-31", "2019-11-15", "2019-11-29",
                "2019-12-31", "2020-03-31", "2020-06-30")) {
            assertThat(spxw.isExpiry(d)).as("%s", d).isTrue();
        }
    }

    @Test
    void niftyThursdayThenTuesdayWithHolidayShifts() throws Exception {
        ExpiryCalendar nifty = ExpiryCalendar.load("NIFTY");
        // Ram Navami, Thursday 2023-03-30: March 2023's monthly expiry was Wednesday the 29th
        assertThat(nifty.nextMonthly(parse("2023-03-01"))).isEqualTo(parse("2023-03-29"));
        assertThat(nifty.expiries(parse("2023-03-20"), parse("2023-04-07"))).isEqualTo(dates("2023-03-23", "2023-03-29",
                "2023-04-06"));
        // Mahavir Jayanti, Thursday 2025-04-10: the weekly moved to Wednesday the 9th
        assertThat(nifty.onOrAfter(parse("2025-04-04"))).isEqualTo(parse("2025-04-09"));
        // the last Thursday expiry (monthly, 2025-08-28), the first Tuesday weekly (2025-09-02), the first last-Tuesday
        // monthly (2025-09-30); October: Tuesday the 21st is Diwali, so Monday the 20th
        assertThat(nifty.expiries(parse("2025-08-25"), parse("2025-10-31"))).isEqualTo(dates("2025-08-28", "2025-09-02",
                "2025-09-09", "2025-09-16", "2025-09-23", "2025-09-30", "2025-10-07", "2025-10-14", "2025-10-20",
                "2025-10-28"));
        assertThat(nifty.isMonthly(parse("2025-08-28"))).isTrue();
        assertThat(nifty.isMonthly(parse("2025-09-23"))).isFalse();
        assertThat(nifty.expiryTime(parse("2025-09-30")).toString()).isEqualTo("2025-09-30T15:30+05:30[Asia/Kolkata]");
    }

    @Test
    void bankNiftyWeekliesMovedToWednesdayThenStoppedMonthliesMovedFourTimes() throws Exception {
        ExpiryCalendar bank = ExpiryCalendar.load("BANKNIFTY");
        // NSE circular of July 2023: the first Wednesday weekly is 2023-09-06; the monthly stays on the last Thursday
        // (2023-09-28) and its week has no weekly
        assertThat(bank.expiries(parse("2023-08-28"), parse("2023-10-01"))).isEqualTo(dates("2023-08-31", "2023-09-06",
                "2023-09-13", "2023-09-20", "2023-09-28"));
        assertThat(bank.nextMonthly(parse("2024-02-01"))).isEqualTo(parse("2024-02-29"));
        // NSE circular of December 2023: monthlies on the last Wednesday from March 2024, with the dates it lists
        for (String d : new String[] {"2024-03-27", "2024-04-24", "2024-05-29", "2024-06-26", "2024-09-25"}) {
            assertThat(bank.isMonthly(parse(d))).as(d).isTrue();
        }
        // Christmas 2024 is a Wednesday: 2024-12-24 (also in that circular)
        assertThat(bank.nextMonthly(parse("2024-12-01"))).isEqualTo(parse("2024-12-24"));
        // Ram Navami, Wednesday 2024-04-17: the weekly on Tuesday the 16th
        assertThat(bank.onOrAfter(parse("2024-04-12"))).isEqualTo(parse("2024-04-16"));
        // the last weekly 2024-11-13; then only monthlies: 2024-11-27, and on the last Thursday from January 2025
        assertThat(bank.expiries(parse("2024-11-04"), parse("2025-02-28"))).isEqualTo(dates("2024-11-06", "2024-11-13",
                "2024-11-27", "2024-12-24", "2025-01-30", "2025-02-27"));
        assertThat(bank.nextMonthly(parse("2025-09-01"))).isEqualTo(parse("2025-09-30"));
        assertThat(bank.daysToExpiry(parse("2024-11-14"))).isEqualTo(13);
    }

    @Test
    void aQueryBeyondTheCalendarSaysSoRatherThanGuessing() throws Exception {
        ExpiryCalendar nifty = ExpiryCalendar.load("NIFTY");
        assertThat(nifty.onOrAfter(parse("2025-12-30"))).isEqualTo(parse("2025-12-30"));
        assertThatThrownBy(() -> nifty.onOrAfter(parse("2025-12-31"))).isInstanceOf(NoSuchElementException.class)
                .hasMessage("NIFTY: no expiry on or after 2025-12-31: the calendar covers 2023-01-01..2025-12-31 "
                        + "(extend its range, rules and holiday list)");
        assertThatThrownBy(() -> ExpiryCalendar.load("CAC40")).isInstanceOf(OptionDataException.class)
                .hasMessageContaining("no such bundled calendar");
    }

    @Test
    void binarySearchAgreesWithAScanOverEveryDay() throws Exception {
        for (String market : new String[] {"SPX", "SPXW", "NIFTY", "BANKNIFTY"}) {
            ExpiryCalendar cal = ExpiryCalendar.load(market);
            List<LocalDate> all = cal.expiries(cal.rangeFrom().minusDays(10), cal.rangeTo().plusDays(10));
            assertThat(all).isSorted().doesNotHaveDuplicates();
            for (LocalDate d : all) assertThat(cal.isTradingDay(d)).as("%s %s", market, d).isTrue();
            LocalDate last = all.get(all.size() - 1);
            for (LocalDate d = cal.rangeFrom(); !d.isAfter(last); d = d.plusDays(1)) {
                LocalDate day = d;
                LocalDate scan = all.stream().filter(e -> !e.isBefore(day)).findFirst().orElseThrow();
                assertThat(cal.onOrAfter(d)).isEqualTo(scan);
            }
        }
    }

    @Test
    void aUserCalendarFileWithItsOwnHolidays(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("hol.csv"), "date,holiday\n2030-01-04,Closed\n");
        Files.writeString(dir.resolve("x.csv"), "market,X\nzone,UTC\ntime,16:00\nholidays,hol.csv\n"
                + "range,2030-01-01,2030-01-31\nrule,WEEKLY,FRIDAY,2030-01-01,,PRECEDING\n");
        ExpiryCalendar x = ExpiryCalendar.load(dir.resolve("x.csv"));
        assertThat(x.expiries(parse("2030-01-01"), parse("2030-01-31"))).isEqualTo(dates("2030-01-03", "2030-01-11",
                "2030-01-18", "2030-01-25"));
        Files.writeString(dir.resolve("bad.csv"), "market,X\nzone,UTC\ntime,16:00\nholidays,hol.csv\n"
                + "range,2030-01-01,2030-01-31\nrule,WEEKLY,FRYDAY,2030-01-01,,PRECEDING\n");
        assertThatThrownBy(() -> ExpiryCalendar.load(dir.resolve("bad.csv"))).isInstanceOf(OptionDataException.class)
                .hasMessage(dir.resolve("bad.csv") + ":6: field 'when': expected a weekday MONDAY..FRIDAY, got 'FRYDAY'");
        Files.writeString(dir.resolve("bad2.csv"), "market,X\nzone,Mars/Olympus\n");
        assertThatThrownBy(() -> ExpiryCalendar.load(dir.resolve("bad2.csv")))
                .hasMessage(dir.resolve("bad2.csv") + ":2: field 'zone': expected a time zone like America/Chicago, got 'Mars/Olympus'");
        Files.writeString(dir.resolve("bad3.csv"), "market,X\nzone,UTC\ntime,16:00\nholidays,missing.csv\n");
        assertThatThrownBy(() -> ExpiryCalendar.load(dir.resolve("bad3.csv")))
                .hasMessage(dir.resolve("missing.csv") + ": file not found");
    }
}
