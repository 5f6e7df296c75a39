package dev.tradewind.examples;

import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Param;
import dev.tradewind.strategy.ParamException;
import dev.tradewind.strategy.Strategy;

/**
 * What the session strategy families share: the size of a trade, the sides traded and the trading session in a time
 * zone ({@link Session}, made in {@link #onStart}). A subclass that overrides {@code onStart} calls
 * {@code super.onStart(ctx)} first. Its own parameters are listed before these.
 */
public abstract class SessionFamily implements Strategy {
    @Param(description = "percent of equity per trade", min = 0, max = 100)
    double percent = 50;
    @Param(description = "which sides to trade", choices = {"both", "long", "short"})
    String sides = "both";
    @Param(description = "time zone of the session", choices = {"UTC", "America/New_York", "America/Chicago", "Europe/London",
        "Europe/Berlin", "Asia/Tokyo", "Asia/Hong_Kong", "Asia/Shanghai", "Asia/Singapore", "Asia/Kolkata", "Australia/Sydney"})
    String zone = "UTC";
    @Param(description = "session open, local HHMM", min = 0, max = 2359)
    int sessionStart = 0;
    @Param(description = "session close, local HHMM (at or before the open: the next day)", min = 0, max = 2359)
    int sessionEnd = 0;

    /** The session in {@link #zone}, from {@link #onStart} on. */
    Session session;

    @Override
    public void checkParams() throws ParamException { Session.check(sessionStart, sessionEnd); }

    @Override
    public void onStart(Context ctx) { session = new Session(zone, sessionStart, sessionEnd); }
}
