package dev.tradewind.data;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordWrapper;
import de.siegmar.fastcsv.util.Limits;

/**
 * FastCSV's callback handler that copies each field's chars into one reused {@link Row} instead of making a String
 * per field; every record it returns is that same row. Enforces FastCSV's own limits on fields and record size.
 */
final class RowHandler extends AbstractBaseCsvCallbackHandler<Row> {
    private final Row row = new Row();
    private int recordSize;

    @Override
    protected void handleBegin(long startingLineNumber) {
        row.begin(startingLineNumber);
        recordSize = 0;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
        if (fieldIdx >= Limits.MAX_FIELD_COUNT) {
            throw new CsvParseException("Maximum number of fields exceeded: " + Limits.MAX_FIELD_COUNT);
        }
        recordSize += len;
        if (recordSize > Limits.MAX_RECORD_SIZE) {
            throw new CsvParseException("Record starting at line " + row.line()
                    + " has surpassed the maximum limit of " + Limits.MAX_RECORD_SIZE + " characters");
        }
        row.add(buf, offset, len);
    }

    @Override
    protected RecordWrapper<Row> buildRecord() { return wrapRecord(row); }
}
