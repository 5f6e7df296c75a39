package dev.tradewind.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Recorded parameter sweeps: a sweep and all its trials are written in one transaction once the sweep ends. */
public final class Sweeps {
    private final RunStore store;

    Sweeps(RunStore store) { this.store = store; }

    /** Records a finished sweep with every trial; returns its id. */
    public long record(StoredSweep s, List<StoredTrial> trials) {
        return store.write("cannot record the sweep", c -> {
            long id;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO sweeps (strategy, symbol, data, method, objective, space, "
                    + "config, code_version, started_ns, ended_ns, trials, feasible, best_trial, best_objective, deflated_sharpe, "
                    + "pbo, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                p.setString(1, s.strategy());
                Sql.setText(p, 2, s.symbol());
                Sql.setText(p, 3, s.data());
                p.setString(4, s.method());
                p.setString(5, s.objective());
                p.setString(6, JsonText.write(s.space()));
                Sql.setText(p, 7, s.config());
                p.setString(8, s.codeVersion());
                p.setLong(9, s.startedNs());
                p.setLong(10, s.endedNs());
                p.setInt(11, s.trials());
                p.setInt(12, s.feasible());
                p.setInt(13, s.bestTrial());
                Sql.setDouble(p, 14, s.bestObjective());
                Sql.setDouble(p, 15, s.deflatedSharpe());
                Sql.setDouble(p, 16, s.pbo());
                p.setString(17, JsonText.write(s.summary()));
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO sweep_trials (sweep_id, trial, parameters, objective, "
                    + "feasible, statistics) VALUES (?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (StoredTrial t : trials) {
                    p.setLong(1, id);
                    p.setInt(2, t.trial());
                    p.setString(3, JsonText.write(t.params()));
                    Sql.setDouble(p, 4, t.objective());
                    p.setBoolean(5, t.feasible());
                    p.setString(6, JsonText.write(t.statistics()));
                    p.addBatch();
                    if (++n % RunWriter.BATCH == 0) p.executeBatch();
                }
                p.executeBatch();
            }
            return id;
        });
    }

    /** Every sweep, newest first. */
    public List<StoredSweep> list() {
        return store.read("cannot list sweeps", c -> {
            List<StoredSweep> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM sweeps ORDER BY started_ns DESC, id DESC");
                    ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(sweep(r));
            }
            return out;
        });
    }

    /** A sweep, if recorded. */
    public Optional<StoredSweep> find(long id) {
        return Optional.ofNullable(store.read("cannot read sweep " + id, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM sweeps WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? sweep(r) : null;
                }
            }
        }));
    }

    /** A sweep, or a {@link StoreException} naming the store if there is none with this id. */
    public StoredSweep get(long id) {
        return find(id).orElseThrow(() -> new StoreException("store " + store.target().display() + ": no sweep " + id));
    }

    /** The trials of a sweep in trial order. */
    public List<StoredTrial> trials(long id) {
        return store.read("cannot read the trials of sweep " + id, c -> {
            List<StoredTrial> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM sweep_trials WHERE sweep_id = ? ORDER BY trial")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new StoredTrial(r.getInt("trial"), JsonText.strings(r.getString("parameters")),
                                Sql.getDouble(r, "objective"), r.getBoolean("feasible"), JsonText.objects(r.getString("statistics"))));
                    }
                }
            }
            return out;
        });
    }

    /** Deletes a sweep and its trials; false if there was none. */
    public boolean delete(long id) {
        return store.write("cannot delete sweep " + id, c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM sweep_trials WHERE sweep_id = ?")) {
                p.setLong(1, id);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM sweeps WHERE id = ?")) {
                p.setLong(1, id);
                return p.executeUpdate() == 1;
            }
        });
    }

    private static StoredSweep sweep(ResultSet r) throws SQLException {
        return new StoredSweep(r.getLong("id"), r.getString("strategy"), r.getString("symbol"), r.getString("data"),
                r.getString("method"), r.getString("objective"), JsonText.strings(r.getString("space")), r.getString("config"),
                r.getString("code_version"), r.getLong("started_ns"), r.getLong("ended_ns"), r.getInt("trials"),
                r.getInt("feasible"), r.getInt("best_trial"), Sql.getDouble(r, "best_objective"),
                Sql.getDouble(r, "deflated_sharpe"), Sql.getDouble(r, "pbo"), JsonText.objects(r.getString("summary")));
    }
}
