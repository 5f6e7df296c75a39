package dev.tradewind.engine;

import dev.tradewind.engine.sim.SimulatedVenue;
import dev.tradewind.model.EquityCurve;

import dev.tradewind.model.DayCounter;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one event loop of every run: 1..N members (lanes) on 1..M symbols (desks), one thread, deterministic. A driver
 * (a {@link Replay} of stored bars, or the {@link EventLoop} fed by a queue) marks which lanes and desks have a bar
 * closing at a time and calls {@link #step}. Each step, in this order:
 * <ol>
 *   <li>the clock moves to the step's time (its latest bar open): orders whose deadline passed expire, and across a
 *       gap in the data, funding due meanwhile is booked at the last price; members hear of it;</li>
 *   <li>each member's bar is appended to its history, its indicators and higher timeframes update, financing due at
 *       the open is booked;</li>
 *   <li>each desk's venue matches working orders against its bar (netted orders of a portfolio cross first);</li>
 *   <li>members are liquidated if below maintenance margin (a single run), and hear of their orders and trades;</li>
 *   <li>each enabled member's onBar runs once its indicators are warm, then hears of the orders it sent;</li>
 *   <li>desks send the orders they held back for netting;</li>
 *   <li>orders that execute at the close fill; desks mark their books;</li>
 *   <li>members are marked at the close, risk limits apply, equity is recorded and every result of the step has gone
 *       to the run's sink; a portfolio records its account at the step's close time.</li>
 * </ol>
 * One member on one symbol is the case N = M = 1: a backtest and a portfolio run the same code.
 */
final class Kernel {
    private final Lane[] lanes;
    private final Desk[] desks;
    private final Desk.Routed[] accounts;
    private final Schedule schedule;
    private final DayCounter days;
    private final EquityCurve account;
    private final double startingCash;
    private long lastEnd = Long.MIN_VALUE;

    /**
     * @param schedule when members may trade, or null (always)
     * @param account  the portfolio account's curve (stamped with each step's close time), or null for a single run
     */
    Kernel(Lane[] lanes, Desk[] desks, Schedule schedule, ZoneId zone, EquityCurve account, double startingCash) {
        this.lanes = lanes;
        this.desks = desks;
        int routed = 0;
        for (Desk d : desks) if (d instanceof Desk.Routed) routed++;
        this.accounts = new Desk.Routed[routed];
        routed = 0;
        for (Desk d : desks) if (d instanceof Desk.Routed r) accounts[routed++] = r;
        this.schedule = schedule;
        this.days = new DayCounter(zone);
        this.account = account;
        this.startingCash = startingCash;
    }

    Lane[] lanes() { return lanes; }

    /** Calls every member's onStart and learns their warm-ups. */
    void start() {
        for (Lane l : lanes) l.warmup = l.run.start();
    }

    /** Whether this is a single run (one member alone at a simulated venue, no schedule): {@link #stepOne} serves it. */
    boolean single() {
        return lanes.length == 1 && desks.length == 1 && desks[0] instanceof Desk.Direct && schedule == null && account == null;
    }

    /**
     * The step of a {@link #single} run with its bar given directly: the same order of events as {@link #step}, written
     * out for one member and one venue, so the replay of one series pays no loops over lanes and desks (the backtest's
     * fast path; {@code EventLoopParityTest} checks that it trades exactly as {@link #step}).
     */
    void stepOne(long t, double o, double h, double l, double c, double v, long end) {
        Lane lane = lanes[0];
        Run run = lane.run;
        SimulatedVenue venue = desks[0].venue;
        boolean told = venue.due(t) && venue.expireUntil(t);
        if (t > lastEnd && lastEnd != Long.MIN_VALUE) run.passTime(t);
        else if (told) run.deliver();
        run.beginBar(t, o, h, l, c, v, end);
        venue.barEnds(end);
        venue.onBar(t, o, h, l, c, v);
        run.afterMatch();
        if (lane.duringWarmup || lane.bars >= lane.warmup) run.callOnBar();
        lane.bars++;
        venue.onBarClose(t, c);
        run.closeBar(lane.curve);
        run.stepDone(end);
        lastEnd = end;
    }

    /**
     * The replay's signal-driven fast path for a {@link #single} run: passes bars from {@code i} (before {@code limit})
     * on which the strategy declared it does nothing ({@link Run#quietUntil}) while nothing is working at the venue,
     * leaving exactly the state {@link #stepOne} of each would leave (a gap in the data books nothing then: funding is
     * ruled out by the run's conditions, and period PnL rolls by the bars' times). Returns the first bar left for a full
     * step ({@code i} when none could be passed).
     */
    int passQuietly(int i, int limit, long[] t, double[] o, double[] h, double[] l, double[] c, double[] v, long span) {
        SimulatedVenue venue = desks[0].venue;
        if (lastEnd == Long.MIN_VALUE || !venue.idle(t[i])) return i; // an order working: no scan for the next signal
        Lane lane = lanes[0];
        Run run = lane.run;
        int j = run.quietUntil(i, limit);
        if (j == i || !venue.idle(t[j - 1])) return i; // a deadline falls inside the stretch
        run.passQuietly(t, o, h, l, c, v, i, j, span, lane.curve);
        long end = t[j - 1] + span;
        venue.passIdle(t, c, v, i, j, end);
        lane.bars += j - i;
        lastEnd = end;
        return j;
    }

    /** Runs one step: the lanes and desks marked due have a bar closing at {@code end}. */
    void step(long end) {
        long t = Long.MIN_VALUE;
        for (Desk d : desks) if (d.due) t = Math.max(t, d.time);
        for (Lane l : lanes) if (l.due) t = Math.max(t, l.time);
        advance(t);
        LocalDate day = schedule == null ? null : LocalDate.ofEpochDay(days.day(end - 1));
        for (Lane l : lanes) if (l.due) l.run.beginBar(l.time, l.open, l.high, l.low, l.close, l.volume, end);
        for (Desk d : desks) {
            if (!d.due) continue;
            d.venue.barEnds(end);
            d.open();
        }
        for (Lane l : lanes) if (l.due) l.run.afterMatch();
        for (Lane l : lanes) {
            if (!l.due) continue;
            if (schedule != null) {
                boolean on = schedule.enabled(l.id, day);
                if (!on && l.enabled) l.run.flatten();
                l.enabled = on;
            }
            if (l.warmup == Integer.MAX_VALUE) l.warmup = l.run.warmup(); // a streamed higher timeframe became ready?
            if (l.enabled && (l.duringWarmup || l.bars >= l.warmup)) l.run.callOnBar();
            l.bars++;
        }
        for (Desk d : desks) d.flush();
        for (Desk d : desks) if (d.due) d.close();
        for (Lane l : lanes) {
            if (!l.due) continue;
            l.run.closeBar(l.curve);
            l.run.stepDone(end);
        }
        if (account != null) account.add(end, accountEquity(), accountCash(), 0);
        for (Desk d : desks) d.due = false;
        for (Lane l : lanes) l.due = false;
        lastEnd = end;
    }

    /**
     * The clock moves to {@code now} with no bar (the event loop's clock tick, or the start of a step): deadlines that
     * passed fire, and across a gap since the last bar's close, funding due meanwhile is booked at the last price.
     */
    void advance(long now) {
        boolean gap = lastEnd != Long.MIN_VALUE && now > lastEnd;
        for (Desk d : desks) d.passTime(now, gap);
        if (gap) {
            for (Lane l : lanes) l.run.passTime(now);
        } else {
            for (Lane l : lanes) l.run.deliver();
        }
    }

    /** The data ended (or the run is stopped): deadlines before the last close fire, then every member's onStop. */
    void finish() {
        if (lastEnd != Long.MIN_VALUE) {
            for (Desk d : desks) d.passTime(lastEnd, false);
        }
        for (Lane l : lanes) l.run.deliver();
        for (Lane l : lanes) l.run.stop();
    }

    private double accountEquity() {
        if (accounts.length == 0) return startingCash;
        double e = 0;
        for (Desk.Routed d : accounts) e += d.account().equity();
        return e;
    }

    private double accountCash() {
        double c = 0;
        for (Desk.Routed d : accounts) c += d.account().cash();
        return c;
    }
}
