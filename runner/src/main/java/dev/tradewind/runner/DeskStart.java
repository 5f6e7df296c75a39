package dev.tradewind.runner;

import dev.tradewind.model.UserError;
import dev.tradewind.strategy.Strategy;
import java.time.ZoneId;

/**
 * The desk part of preparing a run: the configuration with its option and futures desks resolved against what its
 * strategy declares ({@link Desks#config}), starting no earlier than their expiry calendars ({@link Desks#within}).
 */
final class DeskStart {
    private DeskStart() {}

    static RunConfig of(RunConfig config, ZoneId zone) {
        Class<? extends Strategy> type = null;
        if (config.strategy() != null) {
            try {
                type = StrategySource.resolve(config.strategy()).type();
            } catch (UserError e) {
                // an unknown or broken strategy is reported by the run, after the data is checked
            }
        }
        RunConfig.DeskConfig desk = Desks.config(config.desk(), type);
        return Desks.within(config.withDesk(desk), zone);
    }

    /** Why a run starts where it does when its desk moved the start ({@code from} was not given), for a message. */
    static String why(String fromGiven, RunConfig config) {
        if (fromGiven != null || config.from() == null || config.desk() == null) return "";
        return " (from " + config.from() + ", where the expiry calendar of its " + (config.desk().options() != null
                ? "options (" + config.desk().options() + ")" : "futures (" + config.desk().futures() + ")") + " begins)";
    }
}
