package dev.tradewind.live.trade;

import java.util.List;

/**
 * What one reconciliation with the exchange found and did.
 *
 * @param missedFills   executions the run had not seen, now applied in the exchange's order
 * @param settled       orders whose final state the run learned only now (filled, canceled or expired while away)
 * @param adopted       client ids of unknown orders now tracked as the run's
 * @param flagged       client ids of unknown orders left alone and reported
 * @param position      the run's position by its fills
 * @param balanceDrift  the exchange's base balance minus (balance at start + the run's position); 0 when they agree
 * @param notes         one line per finding, for the run's log
 */
public record Reconciliation(int missedFills, int settled, List<String> adopted, List<String> flagged, double position,
        double balanceDrift, List<String> notes) {

    /** Whether the run and the exchange agree (no unknown order left, no balance drift). */
    public boolean clean() { return flagged.isEmpty() && Math.abs(balanceDrift) < 1e-9; }
}
