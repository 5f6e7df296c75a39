package dev.tradewind.web;

import dev.tradewind.live.trade.LiveControl;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The web UI's kill switch for a live run: the stored run's control files (its {@code RUN.store} names the store id)
 * get the same {@code RUN.kill} as {@code tradewind live kill-switch RUN}, so the run cancels all its orders, flattens
 * its position and halts within a second. A run that is not a live run of this machine is a 404, one that no longer
 * runs a 409.
 */
final class LiveSwitch {
    private LiveSwitch() {}

    static Map<String, Object> send(Path control, String id) {
        long storeId;
        try {
            storeId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiError.notFound("run " + id + " is not a live run");
        }
        String run = LiveControl.runOfStore(control, storeId);
        if (run == null) throw ApiError.notFound("run " + id + " is not a live run of this machine (no control file in " + control + ")");
        List<String> told = LiveControl.killSwitch(control, run);
        if (told.isEmpty()) throw ApiError.conflict("live run " + run + " (run " + id + ") is not running");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("live_run", run);
        out.put("sent", true);
        return out;
    }
}
