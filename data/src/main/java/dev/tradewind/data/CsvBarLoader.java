package dev.tradewind.data;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.zip.GZIPInputStream;

/**
 * Loads OHLCV bars from a CSV file, plain or gzip-compressed (detected from the content, not the name), with the
 * {@link Layout} detected from the header or, for a headerless file, from the first row. The whole file is
 * validated; any bad row fails the load with one {@link DataException} line unless the {@link BadRowPolicy} says
 * otherwise. A file is read, hashed and inflated on a second thread while this one parses; plain ASCII text without
 * quotes (nearly every bar file) is split straight from its bytes ({@link PlainRows}), anything else goes through
 * FastCSV. An uncompressed file's lines are counted on a third thread ({@link LineCount}) so that the bars go into
 * columns of their final length. Stateless and thread-safe.
 */
public final class CsvBarLoader {
    private CsvBarLoader() {}

    /** Loads a file with {@link LoadOptions#defaults()}. */
    public static LoadResult load(Path file) throws DataException { return load(file, LoadOptions.defaults()); }

    /** Loads a file; messages name it as given. */
    public static LoadResult load(Path file, LoadOptions options) throws DataException { return load(file, options, null); }

    /**
     * Loads a file and, when {@code digest} is not null, feeds it every byte of the file as stored (compressed or not),
     * read once for both: afterwards it holds the file's hash, as if the file had been hashed on its own.
     */
    public static LoadResult load(Path file, LoadOptions options, MessageDigest digest) throws DataException {
        return load(file, options, digest, null);
    }

    /**
     * Loads a file as {@link #load(Path, LoadOptions, MessageDigest)} does and, when {@code stream} is not null, hands
     * it the bars as they are read (for a consumer on another thread), then finishes it, or fails it when the load fails
     * or has to read the file again (text that is not plain).
     */
    public static LoadResult load(Path file, LoadOptions options, MessageDigest digest, BarStream stream)
            throws DataException {
        return load(file, options, digest, stream, SplitLoad.MIN_BYTES);
    }

    /** The same, loading a file of at least {@code splitFrom} bytes in two halves at once ({@link SplitLoad}). */
    static LoadResult load(Path file, LoadOptions options, MessageDigest digest, BarStream stream, long splitFrom)
            throws DataException {
        boolean done = false;
        try {
            LoadResult r;
            try {
                r = load(file, options, digest, true, stream, splitFrom);
            } catch (PlainRows.NotPlain e) { // quotes, non-ASCII text or odd line ends: FastCSV reads it from the start
                if (stream != null) stream.fail(file + ": read again by the general CSV reader (" + e.getMessage() + ")");
                if (digest != null) digest.reset();
                r = load(file, options, digest, false, null, Long.MAX_VALUE);
            }
            if (stream != null) stream.finish(r.series().size());
            done = true;
            return r;
        } finally {
            if (stream != null && !done) stream.fail(file + ": the load failed");
        }
    }

    private static LoadResult load(Path file, LoadOptions options, MessageDigest digest, boolean plain, BarStream stream,
            long splitFrom) throws DataException {
        String source = file.toString();
        boolean regular = Files.isRegularFile(file); // only a regular file is read twice (a pipe's bytes go to one reader)
        if (plain && stream == null && regular) {
            try {
                LoadResult r = SplitLoad.load(file, source, symbol(source, options), options, digest, splitFrom);
                if (r != null) return r;
                if (digest != null) digest.reset(); // loaded again below, from the start
            } catch (IOException e) {
                throw new DataException(source + ": cannot read: " + e.getMessage(), e);
            } catch (UncheckedIOException e) {
                throw new DataException(source + ": cannot read: " + e.getCause().getMessage(), e);
            }
        }
        try (InputStream fileIn = Files.newInputStream(file)) {
            InputStream raw = digest == null ? fileIn : new DigestInputStream(fileIn, digest);
            // the lines counted beside the parse size the bars' columns, unless a time range drops rows
            boolean count = plain && regular && options.from() == Long.MIN_VALUE && options.to() == Long.MAX_VALUE;
            try (InputStream in = open(raw); ReadAhead bytes = new ReadAhead(in);
                    LineCount lines = count ? LineCount.start(file) : null) {
                LoadResult r = plain ? read(source, new PlainRows(bytes), options, stream, lines)
                        : read(source, new InputStreamReader(bytes, StandardCharsets.UTF_8), options);
                bytes.close(); // its thread has stopped reading raw
                if (digest != null) raw.transferTo(OutputStream.nullOutputStream()); // any bytes the reader left unread
                return r;
            }
        } catch (NoSuchFileException e) {
            throw new DataException(source + ": file not found");
        } catch (IOException e) {
            throw new DataException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads CSV text from bytes as {@link #load} reads a file (plain text straight from the bytes, anything else
     * decoded as UTF-8 by FastCSV); {@code source} names it in messages.
     */
    static LoadResult read(String source, byte[] text, LoadOptions options) throws DataException {
        try {
            return read(source, new PlainRows(new java.io.ByteArrayInputStream(text)), options, null, null);
        } catch (PlainRows.NotPlain e) {
            return read(source, new InputStreamReader(new java.io.ByteArrayInputStream(text), StandardCharsets.UTF_8), options);
        }
    }

    /**
     * Reads CSV text; {@code source} names it in messages and, without a symbol option, gives the symbol. Does not
     * close the reader.
     */
    public static LoadResult read(String source, Reader in, LoadOptions options) throws DataException {
        try {
            CsvReader<Row> csv = CsvReader.builder().ignoreDifferentFieldCount(true).build(new RowHandler(), skipBom(in));
            return read(source, csv.iterator(), options, null, null); // not closed: that would close the reader
        } catch (CsvParseException e) {
            throw new DataException(source + ": malformed CSV: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DataException(source + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Checks and collects the records of a file, each one the same {@link Row} refilled. */
    private static LoadResult read(String source, Iterator<Row> rows, LoadOptions options, BarStream stream,
            LineCount lines) throws DataException {
        String symbol = symbol(source, options);
        try {
            if (!rows.hasNext()) throw new DataException(source + ": empty file, expected a header row and data rows");
            Row first = rows.next();
            long firstLine = first.line();
            Columns cols = columns(source, first, options);
            RowReader reader = new RowReader(source, cols, options, stream, lines);
            if (!cols.header()) reader.accept(first);
            while (rows.hasNext()) reader.accept(rows.next());
            if (reader.rowsRead() == 0) throw DataException.at(source, firstLine, "no data rows after the header");
            return reader.result(symbol);
        } catch (UncheckedIOException e) {
            throw new DataException(source + ": cannot read: " + e.getCause().getMessage(), e);
        }
    }

    private static String symbol(String source, LoadOptions options) {
        return options.symbol() != null ? options.symbol() : symbolOf(source);
    }

    /** The symbol a file name implies: the name up to its first {@code -}, {@code _} or {@code .}. */
    public static String symbolOf(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-' || c == '_' || c == '.') return name.substring(0, i);
        }
        return name.isEmpty() ? "?" : name;
    }

    static Columns columns(String source, Row first, LoadOptions options) throws DataException {
        String head = first.text(0).strip();
        long line = first.line();
        if (!head.isEmpty() && isDigits(head)) {
            if (first.size() != 12) {
                throw DataException.at(source, line, "unknown layout: the first row has no header and " + first.size()
                        + " fields; a file without a header must be a 12-column Binance kline file");
            }
            if (options.priceColumn() == PriceColumn.ADJ_CLOSE) {
                throw DataException.at(source, line, "missing column 'adj close' (price column ADJ_CLOSE was chosen): "
                        + "a headerless Binance kline file has none");
            }
            return Columns.binanceHeaderless();
        }
        return Columns.ofHeader(first.texts(), options.priceColumn(), source, line);
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        }
        return true;
    }

    private static InputStream open(InputStream file) throws IOException {
        BufferedInputStream in = new BufferedInputStream(file, 1 << 16);
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static Reader skipBom(Reader in) throws IOException {
        PushbackReader r = new PushbackReader(in, 1);
        int c = r.read();
        if (c >= 0 && c != '\uFEFF') r.unread(c);
        return r;
    }
}
