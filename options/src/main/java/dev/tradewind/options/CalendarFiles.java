package dev.tradewind.options;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Reads calendar and holiday files (CSV, {@code #} comments) into an {@link ExpiryCalendar}. */
final class CalendarFiles {
    private CalendarFiles() {}

    private static final String RESOURCES = "calendars/";

    static ExpiryCalendar bundled(String market) throws OptionDataException {
        String name = market.toLowerCase(Locale.ROOT) + ".csv";
        return parse("calendars/" + name, text -> resource(RESOURCES + text), resource(RESOURCES + name));
    }

    static ExpiryCalendar file(Path file) throws OptionDataException {
        return parse(file.toString(), text -> open(file.resolveSibling(text)), open(file));
    }

    private interface Opener { Source open(String name) throws OptionDataException; }

    private record Source(String name, Reader reader) {}

    private static Source resource(String path) throws OptionDataException {
        InputStream in = CalendarFiles.class.getResourceAsStream(path);
        if (in == null) {
            throw new OptionDataException(path + ": no such bundled calendar (bundled: SPX, SPXW, NIFTY, BANKNIFTY)");
        }
        return new Source(path, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static Source open(Path file) throws OptionDataException {
        try {
            return new Source(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new OptionDataException(file + ": file not found");
        } catch (IOException e) {
            throw new OptionDataException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static ExpiryCalendar parse(String source, Opener holidayFiles, Source src) throws OptionDataException {
        String market = null;
        ZoneId zone = null;
        LocalTime time = null;
        LocalDate from = null;
        LocalDate to = null;
        ExpiryCalendar.Holidays holidays = null;
        List<ExpiryRule> rules = new ArrayList<>();
        try (Reader r = src.reader(); CsvReader<CsvRecord> csv = reader(r)) {
            for (CsvRecord row : csv) {
                long line = row.getStartingLineNumber();
                String key = field(row, 0);
                switch (key) {
                    case "market" -> market = need(source, row, 1, "market");
                    case "zone" -> zone = zone(source, line, need(source, row, 1, "zone"));
                    case "time" -> time = time(source, line, need(source, row, 1, "time"));
                    case "holidays" -> holidays = holidays(holidayFiles.open(need(source, row, 1, "holidays")));
                    case "range" -> {
                        from = date(source, line, "range from", need(source, row, 1, "range from"));
                        to = date(source, line, "range to", need(source, row, 2, "range to"));
                        if (to.isBefore(from)) throw OptionDataException.at(source, line, "range ends before it starts");
                    }
                    case "rule" -> rules.add(rule(source, row));
                    default -> throw OptionDataException.at(source, line, "unknown key '" + key
                            + "', expected market, zone, time, holidays, range or rule");
                }
            }
        } catch (CsvParseException | UncheckedIOException e) {
            throw new OptionDataException(source + ": malformed CSV: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new OptionDataException(source + ": cannot read: " + e.getMessage(), e);
        }
        if (market == null || zone == null || time == null || from == null || holidays == null || rules.isEmpty()) {
            throw new OptionDataException(source + ": a calendar needs market, zone, time, holidays, range and at least "
                    + "one rule line");
        }
        return new ExpiryCalendar(market, zone, time, from, to, holidays, rules);
    }

    private static ExpiryRule rule(String source, CsvRecord row) throws OptionDataException {
        long line = row.getStartingLineNumber();
        String kindText = need(source, row, 1, "kind");
        ExpiryRule.Kind kind;
        try {
            kind = ExpiryRule.Kind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            throw OptionDataException.at(source, line, "field 'kind': expected WEEKLY, MONTHLY or END_OF_MONTH, got '"
                    + kindText + "'");
        }
        String when = need(source, row, 2, "when");
        int nth = 0;
        DayOfWeek weekday;
        String[] parts = when.split(" ");
        if (kind == ExpiryRule.Kind.WEEKLY) {
            if (parts.length != 1) throw OptionDataException.at(source, line, "field 'when': a weekly rule names one weekday, got '" + when + "'");
            weekday = weekday(source, line, parts[0]);
        } else {
            if (parts.length != 2) {
                throw OptionDataException.at(source, line, "field 'when': expected FIRST..FIFTH or LAST and a weekday "
                        + "or BUSINESS_DAY, e.g. 'THIRD FRIDAY', got '" + when + "'");
            }
            nth = switch (parts[0]) {
                case "FIRST" -> 1;
                case "SECOND" -> 2;
                case "THIRD" -> 3;
                case "FOURTH" -> 4;
                case "FIFTH" -> 5;
                case "LAST" -> ExpiryRule.LAST;
                default -> throw OptionDataException.at(source, line, "field 'when': expected FIRST..FIFTH or LAST, got '"
                        + parts[0] + "'");
            };
            if (parts[1].equals("BUSINESS_DAY")) {
                if (nth != ExpiryRule.LAST) throw OptionDataException.at(source, line, "field 'when': only LAST BUSINESS_DAY is supported");
                weekday = null;
            } else {
                weekday = weekday(source, line, parts[1]);
            }
        }
        LocalDate from = date(source, line, "from", need(source, row, 3, "from"));
        String toText = field(row, 4);
        LocalDate to = toText.isEmpty() ? null : date(source, line, "to", toText);
        String shift = need(source, row, 5, "holiday shift");
        if (!shift.equals("PRECEDING") && !shift.equals("FOLLOWING")) {
            throw OptionDataException.at(source, line, "field 'holiday shift': expected PRECEDING or FOLLOWING, got '" + shift + "'");
        }
        String flag = field(row, 6);
        if (!flag.isEmpty() && !flag.equals("skip_monthly_week")) {
            throw OptionDataException.at(source, line, "field 7: expected skip_monthly_week or nothing, got '" + flag + "'");
        }
        return new ExpiryRule(kind, nth, weekday, from, to, shift.equals("FOLLOWING"), !flag.isEmpty());
    }

    private static ExpiryCalendar.Holidays holidays(Source src) throws OptionDataException {
        TreeSet<Integer> days = new TreeSet<>();
        try (Reader r = src.reader(); CsvReader<CsvRecord> csv = reader(r)) {
            boolean header = true;
            for (CsvRecord row : csv) {
                String first = field(row, 0);
                if (header && first.equals("date")) {
                    header = false;
                    continue;
                }
                header = false;
                LocalDate d = date(src.name(), row.getStartingLineNumber(), "date", first);
                if (!days.add((int) d.toEpochDay())) {
                    throw OptionDataException.at(src.name(), row.getStartingLineNumber(), "holiday " + d + " listed twice");
                }
            }
        } catch (CsvParseException | UncheckedIOException e) {
            throw new OptionDataException(src.name() + ": malformed CSV: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new OptionDataException(src.name() + ": cannot read: " + e.getMessage(), e);
        }
        return new ExpiryCalendar.Holidays(days.stream().mapToInt(Integer::intValue).toArray());
    }

    private static CsvReader<CsvRecord> reader(Reader r) {
        return CsvReader.builder().commentStrategy(CommentStrategy.SKIP).ignoreDifferentFieldCount(true).skipEmptyLines(true)
                .ofCsvRecord(r);
    }

    private static String field(CsvRecord row, int i) { return i < row.getFieldCount() ? row.getField(i).strip() : ""; }

    private static String need(String source, CsvRecord row, int i, String name) throws OptionDataException {
        String v = field(row, i);
        if (v.isEmpty()) throw OptionDataException.at(source, row.getStartingLineNumber(), "field '" + name + "' is missing");
        return v;
    }

    private static LocalDate date(String source, long line, String name, String text) throws OptionDataException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw OptionDataException.at(source, line, "field '" + name + "': expected a date YYYY-MM-DD, got '" + text + "'");
        }
    }

    private static LocalTime time(String source, long line, String text) throws OptionDataException {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeException e) {
            throw OptionDataException.at(source, line, "field 'time': expected HH:MM, got '" + text + "'");
        }
    }

    private static ZoneId zone(String source, long line, String text) throws OptionDataException {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw OptionDataException.at(source, line, "field 'zone': expected a time zone like America/Chicago, got '" + text + "'");
        }
    }

    private static DayOfWeek weekday(String source, long line, String text) throws OptionDataException {
        try {
            DayOfWeek d = DayOfWeek.valueOf(text);
            if (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY) throw new IllegalArgumentException();
            return d;
        } catch (IllegalArgumentException e) {
            throw OptionDataException.at(source, line, "field 'when': expected a weekday MONDAY..FRIDAY, got '" + text + "'");
        }
    }
}
