package dev.tradewind.data;

import dev.tradewind.model.BarSeries;
import java.io.StringReader;
import java.nio.file.Path;

/** Paths of the shipped sample data and the test fixtures (tests run in the module directory). */
final class Samples {
    private Samples() {}

    static Path sample(String name) { return Path.of("../sample-data", name); }

    static Path fixture(String name) { return Path.of("src/test/resources/fixtures", name); }

    static BarSeries fil() throws DataException {
        return CsvBarLoader.load(sample("FILUSDT-1m-2023-08.csv.gz")).series();
    }

    static LoadResult read(String csv, LoadOptions options) throws DataException {
        return CsvBarLoader.read("test.csv", new StringReader(csv), options);
    }

    static LoadResult read(String csv) throws DataException { return read(csv, LoadOptions.defaults()); }
}
