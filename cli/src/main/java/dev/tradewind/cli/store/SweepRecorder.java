package dev.tradewind.cli.store;

import dev.tradewind.model.UserError;
import dev.tradewind.research.Cscv;
import dev.tradewind.research.Overfitting;
import dev.tradewind.research.SweepResult;
import dev.tradewind.research.Trial;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoreException;
import dev.tradewind.store.StoredSweep;
import dev.tradewind.store.StoredTrial;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records a finished {@code tradewind sweep} in the run store: the sweep (what was searched, the objective, the
 * overfitting statistics, the summary) and every trial, in one transaction. A store that cannot be opened or written
 * is a one-line error (exit code 2) that names the store and {@code --no-store}.
 */
public final class SweepRecorder {
    private SweepRecorder() {}

    /** Stores the sweep of {@code symbol}'s bars in {@code location} (or the default store) and returns its id. */
    public static long record(String location, RunConfig config, String symbol, Map<String, String> ranges, SweepResult r, Overfitting o,
            Map<String, Object> summary, long startedNs, long endedNs) {
        List<StoredTrial> trials = new ArrayList<>(r.trials().size());
        for (Trial t : r.trials()) trials.add(new StoredTrial(t.id(), t.params(), t.objective(), t.feasible(), t.statistics().toMap()));
        List<Trial> best = r.best(1);
        Cscv.Result pbo = o.pbo();
        StoredSweep s = new StoredSweep(0, config.strategy(), symbol, config.data(), r.method(), r.objective().describe(),
                ranges, Json.compact(config), CodeVersion.current(), startedNs, endedNs, r.trials().size(), (int) r.feasible(),
                best.isEmpty() ? 0 : best.get(0).id(), best.isEmpty() ? Double.NaN : best.get(0).objective(),
                o.deflated().dsr(), pbo == null ? Double.NaN : pbo.pbo(), summary);
        try (RunStore store = RunStore.open(location)) {
            return store.sweeps().record(s, trials);
        } catch (StoreException e) {
            throw new UserError(e.getMessage() + " (--no-store runs without recording)", e);
        }
    }

    /** Where the default or given store is, for the message after recording. */
    public static String display(String location) {
        return dev.tradewind.store.StoreTarget.resolve(location).display();
    }
}
