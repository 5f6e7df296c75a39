package dev.tradewind.options;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * The expiry dates of one market's options (SPX, SPXW, NIFTY, BANKNIFTY, or a user's), built once from a calendar file
 * of rules and a holiday list ({@link #load(String)}, {@link #load(Path)}; the format is in the module README) and
 * answered by binary search over sorted arrays of epoch days.
 *
 * <p>Expiries exist only for nominal dates inside the file's {@code range}: a query beyond the last expiry throws
 * {@link NoSuchElementException} naming the range, rather than inventing dates the holiday list does not cover.
 * Immutable and thread-safe.
 */
public final class ExpiryCalendar {
    private final String market;
    private final ZoneId zone;
    private final LocalTime time;
    private final LocalDate rangeFrom;
    private final LocalDate rangeTo;
    private final Holidays holidays;
    private final int[] days;      // every expiry, epoch days, ascending
    private final int[] monthly;   // the monthly expiries, epoch days, ascending

    ExpiryCalendar(String market, ZoneId zone, LocalTime time, LocalDate rangeFrom, LocalDate rangeTo, Holidays holidays,
            List<ExpiryRule> rules) {
        this.market = market;
        this.zone = zone;
        this.time = time;
        this.rangeFrom = rangeFrom;
        this.rangeTo = rangeTo;
        this.holidays = holidays;
        TreeMap<LocalDate, Boolean> all = new TreeMap<>(); // date -> is monthly
        List<LocalDate> monthlies = new ArrayList<>();
        for (ExpiryRule r : rules) {
            if (r.kind() == ExpiryRule.Kind.WEEKLY) continue;
            for (LocalDate m = rangeFrom.withDayOfMonth(1); !m.isAfter(rangeTo); m = m.plusMonths(1)) {
                LocalDate nominal = r.inMonth(m, holidays);
                if (nominal.isBefore(rangeFrom) || nominal.isAfter(rangeTo) || !r.covers(nominal)) continue;
                LocalDate d = shift(nominal, r.following());
                boolean isMonthly = r.kind() == ExpiryRule.Kind.MONTHLY;
                all.merge(d, isMonthly, Boolean::logicalOr);
                if (isMonthly) monthlies.add(d);
            }
        }
        for (ExpiryRule r : rules) {
            if (r.kind() != ExpiryRule.Kind.WEEKLY) continue;
            LocalDate first = rangeFrom.with(java.time.temporal.TemporalAdjusters.nextOrSame(r.weekday()));
            for (LocalDate nominal = first; !nominal.isAfter(rangeTo); nominal = nominal.plusWeeks(1)) {
                if (!r.covers(nominal)) continue;
                if (r.skipMonthlyWeek() && weekHasMonthly(nominal, monthlies)) continue;
                all.putIfAbsent(shift(nominal, r.following()), false);
            }
        }
        this.days = all.keySet().stream().mapToInt(d -> (int) d.toEpochDay()).toArray();
        this.monthly = monthlies.stream().mapToInt(d -> (int) d.toEpochDay()).sorted().distinct().toArray();
    }

    /** Loads a bundled market: {@code SPX}, {@code SPXW}, {@code NIFTY} or {@code BANKNIFTY} (case-insensitive). */
    public static ExpiryCalendar load(String market) throws OptionDataException { return CalendarFiles.bundled(market); }

    /** Loads a calendar file; its {@code holidays} line names a file beside it. */
    public static ExpiryCalendar load(Path file) throws OptionDataException { return CalendarFiles.file(file); }

    public String market() { return market; }

    public ZoneId zone() { return zone; }

    /** The first and last nominal dates the rules were applied to. */
    public LocalDate rangeFrom() { return rangeFrom; }

    public LocalDate rangeTo() { return rangeTo; }

    /** The first expiry on or after {@code date}. */
    public LocalDate onOrAfter(LocalDate date) { return LocalDate.ofEpochDay(days[indexOnOrAfter(days, date, "expiry")]); }

    /**
     * The closest expiry still trading at {@code now}: today's if its expiry time has not passed in the market's zone,
     * else the next one.
     */
    public LocalDate closest(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate d = onOrAfter(local.toLocalDate());
        if (d.equals(local.toLocalDate()) && !local.toLocalTime().isBefore(time)) d = onOrAfter(d.plusDays(1));
        return d;
    }

    /** The first monthly expiry on or after {@code date}. */
    public LocalDate nextMonthly(LocalDate date) {
        return LocalDate.ofEpochDay(monthly[indexOnOrAfter(monthly, date, "monthly expiry")]);
    }

    /** Calendar days from {@code date} to the first expiry on or after it (0 on an expiry day). */
    public long daysToExpiry(LocalDate date) { return ChronoUnit.DAYS.between(date, onOrAfter(date)); }

    /** Calendar days from {@code date} to the first monthly expiry on or after it. */
    public long daysToMonthlyExpiry(LocalDate date) { return ChronoUnit.DAYS.between(date, nextMonthly(date)); }

    /** True when options expire on {@code date}. */
    public boolean isExpiry(LocalDate date) { return Arrays.binarySearch(days, (int) date.toEpochDay()) >= 0; }

    /** True when {@code date} is a monthly expiry. */
    public boolean isMonthly(LocalDate date) { return Arrays.binarySearch(monthly, (int) date.toEpochDay()) >= 0; }

    /** True on a weekday that is not in the holiday list. */
    public boolean isTradingDay(LocalDate date) { return holidays.isTradingDay(date); }

    /** The instant options expiring on {@code date} expire (the market's expiry time in its zone). */
    public ZonedDateTime expiryTime(LocalDate date) { return ZonedDateTime.of(date, time, zone); }

    /** The expiries in {@code [from, to]}, ascending. */
    public List<LocalDate> expiries(LocalDate from, LocalDate to) {
        int i = insertionPoint(days, (int) from.toEpochDay());
        List<LocalDate> out = new ArrayList<>();
        for (; i < days.length && days[i] <= to.toEpochDay(); i++) out.add(LocalDate.ofEpochDay(days[i]));
        return out;
    }

    @Override public String toString() {
        return market + " expiries: " + days.length + " (" + monthly.length + " monthly) for " + rangeFrom + ".." + rangeTo;
    }

    private int indexOnOrAfter(int[] sorted, LocalDate date, String what) {
        int i = insertionPoint(sorted, (int) date.toEpochDay());
        if (i == sorted.length) {
            throw new NoSuchElementException(market + ": no " + what + " on or after " + date + ": the calendar covers "
                    + rangeFrom + ".." + rangeTo + " (extend its range, rules and holiday list)");
        }
        return i;
    }

    private static int insertionPoint(int[] sorted, int key) {
        int i = Arrays.binarySearch(sorted, key);
        return i >= 0 ? i : -i - 1;
    }

    private LocalDate shift(LocalDate d, boolean following) {
        while (!holidays.isTradingDay(d)) d = following ? d.plusDays(1) : d.minusDays(1);
        return d;
    }

    private static boolean weekHasMonthly(LocalDate d, List<LocalDate> monthlies) {
        LocalDate monday = d.with(DayOfWeek.MONDAY);
        for (LocalDate m : monthlies) {
            if (m.with(DayOfWeek.MONDAY).equals(monday)) return true;
        }
        return false;
    }

    /** A sorted list of holidays; weekends are never trading days. */
    static final class Holidays {
        private final int[] days;

        Holidays(int[] sortedEpochDays) { this.days = sortedEpochDays; }

        boolean isTradingDay(LocalDate d) {
            DayOfWeek w = d.getDayOfWeek();
            return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && Arrays.binarySearch(days, (int) d.toEpochDay()) < 0;
        }
    }
}
