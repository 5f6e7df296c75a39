package dev.tradewind.engine.account;

import dev.tradewind.engine.CashCheck;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.RiskLimits;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.OrderView;

/**
 * The checks an order passes before it goes out: the instrument's minimum notional for every order, and for entries
 * (orders that open, increase or reverse the position) the risk gate's blocks, the position limits and, with
 * {@link CashCheck#SUBMIT}, whether the account can pay for it after the entries already sent in the same bar.
 * Each answer is a one-line reason, or null. One per run.
 */
public final class EntryChecks {
    private final EngineConfig config;
    private final Instrument instrument;
    private final Portfolio portfolio;
    private final RiskGate risk;
    private int committedBar = -1;
    private double committed;

    public EntryChecks(EngineConfig config, Portfolio portfolio, RiskGate risk) {
        this.config = config;
        this.instrument = config.instrument();
        this.portfolio = portfolio;
        this.risk = risk;
    }

    /** The price an order is judged at: its limit, else its stop, else the signal bar's close. */
    public static double reference(OrderView o, double close) {
        return !Double.isNaN(o.limitPrice()) ? o.limitPrice() : !Double.isNaN(o.stopPrice()) ? o.stopPrice() : close;
    }

    /** Why any order (entry or exit) is too small to send, or null. */
    public String belowMinimum(OrderView o, double ref) {
        if (!o.reduceOnly() && o.quantity() > 0 && o.quantity() * ref * instrument.multiplier() < instrument.minNotional()) {
            return "order value " + o.quantity() * ref * instrument.multiplier() + " is below the minimum notional "
                    + instrument.minNotional();
        }
        return null;
    }

    /** An order that opens, increases or reverses the position. */
    public boolean isEntry(OrderView o) {
        if (o.reduceOnly() || o.isChild()) return false;
        double q = portfolio.quantity();
        return q == 0 || Math.signum(q) == o.side().sign() || o.quantity() > Math.abs(q);
    }

    /** Why an entry is refused at {@code time} in bar {@code bar}, or null. */
    public String refuse(OrderView o, double ref, long time, int bar) {
        String reason = risk.refuse(time);
        if (reason == null) reason = positionLimit(o, ref);
        if (reason == null && config.account().cashCheck() == CashCheck.SUBMIT) reason = cash(o, ref, bar);
        return reason;
    }

    private String positionLimit(OrderView o, double ref) {
        RiskLimits lim = config.risk();
        double after = Math.abs(portfolio.quantity() + o.side().sign() * o.quantity());
        if (lim.maxPositionUnits() > 0 && after > lim.maxPositionUnits()) {
            return "position " + after + " would exceed the maximum of " + lim.maxPositionUnits() + " units";
        }
        if (lim.maxPositionNotional() > 0 && after * ref * instrument.multiplier() > lim.maxPositionNotional()) {
            return "position value " + after * ref * instrument.multiplier() + " would exceed the maximum of " + lim.maxPositionNotional();
        }
        return null;
    }

    /** {@link CashCheck#SUBMIT}: whether the account can pay for the entry at {@code ref}, after this bar's earlier entries. */
    private String cash(OrderView o, double ref, int bar) {
        if (committedBar != bar) {
            committedBar = bar;
            committed = 0;
        }
        if (!(ref > 0)) return null;
        double fee = config.commission().fee(o.quantity(), ref, instrument.multiplier(), true);
        String refusal = portfolio.check(o.side(), o.quantity(), ref, fee, config.account().leverageCap(), committed);
        if (refusal != null) return refusal + " at submission (price " + ref + ")";
        committed += portfolio.commitment(o.side(), o.quantity(), ref, fee);
        return null;
    }
}
