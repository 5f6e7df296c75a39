package dev.tradewind.runner;

import dev.tradewind.catalog.CatalogRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a batch ran, written as {@code batch.json} beside its trades so that its members can be run again alone (the
 * web UI's batch page opens a member's report this way): the config as run, with every member's data path made
 * absolute, and the time window.
 *
 * @param config    the portfolio config file the batch read, absolute
 * @param from      first bar time, inclusive, in the config's zone; null: the data's first
 * @param to        end time, exclusive; null: the data's end
 * @param portfolio the config as run (data paths absolute)
 */
public record BatchRecord(String config, String from, String to, PortfolioConfig portfolio) {
    /** The file name in a batch's output folder. */
    public static final String FILE = "batch.json";

    /** The record of a batch of {@code c} read from {@code file}. */
    public static BatchRecord of(Path file, PortfolioConfig c, String from, String to) {
        List<PortfolioConfig.Member> members = new ArrayList<>();
        for (PortfolioConfig.Member m : c.strategies()) {
            String data = m.data() == null || CatalogRef.isRef(m.data()) ? m.data() : Path.of(m.data()).toAbsolutePath().normalize().toString();
            members.add(new PortfolioConfig.Member(m.id(), m.strategy(), m.symbol(), data, m.timeframe(), m.params(), m.weight(),
                    m.enabled(), m.instrument()));
        }
        PortfolioConfig absolute = new PortfolioConfig(c.cash(), c.commission(), c.slippageBps(), c.fill(), members, c.compliance(),
                c.schedule(), c.zone());
        return new BatchRecord(file.toAbsolutePath().normalize().toString(), from, to, absolute);
    }

    /** Writes {@code batch.json} into {@code dir}. */
    public void write(Path dir) throws IOException {
        Files.writeString(dir.resolve(FILE), Json.pretty(this));
    }

    /** Reads a {@code batch.json}; a bad file is a one-line {@link dev.tradewind.model.UserError}. */
    public static BatchRecord read(Path file) { return Json.read(file, BatchRecord.class); }
}
