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
}
