package dev.tradewind.live.binance.trade;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The account's funds at {@link FakeSpot}, free and locked per asset (10,000 USDT and 100 FIL to start): an open order
 * locks what it may spend (a limit buy its quote at the limit price, a market buy nothing, a sell its quantity), and a
 * trade or a cancel releases it. Called under the fake's lock.
 */
final class FakeBalances {
    private final Map<String, BigDecimal[]> balances = new HashMap<>();

    FakeBalances() {
        balances.put("USDT", new BigDecimal[] {new BigDecimal("10000"), BigDecimal.ZERO});
        balances.put("FIL", new BigDecimal[] {new BigDecimal("100"), BigDecimal.ZERO});
    }

    SortedSet<String> assets() { return new TreeSet<>(balances.keySet()); }

    BigDecimal free(String asset) { return balances.get(asset)[0]; }

    BigDecimal locked(String asset) { return balances.get(asset)[1]; }

    BigDecimal total(String asset) { BigDecimal[] b = balances.get(asset); return b[0].add(b[1]); }

    void lock(FakeOrder o) {
        if (o.side.equals("BUY")) {
            if (o.price == null) return;
            move("USDT", o.qty.multiply(o.price));
        } else {
            move("FIL", o.qty);
        }
    }

    /** Releases what the order still locks for its unfilled quantity (nothing if it holds no lock). */
    void unlock(FakeOrder o) {
        if (!o.locks) return;
        BigDecimal left = o.qty.subtract(o.executed);
        if (o.side.equals("BUY")) {
            if (o.price == null) return;
            move("USDT", left.multiply(o.price).negate());
        } else {
            move("FIL", left.negate());
        }
    }

    /** A trade of {@code q} for {@code notional}: releases what the order locked for this part, then moves the funds. */
    void settle(FakeOrder o, BigDecimal q, BigDecimal notional, BigDecimal commission) {
        if (o.side.equals("BUY")) {
            BigDecimal lockedPart = o.price != null ? q.multiply(o.price) : BigDecimal.ZERO;
            balances.get("USDT")[1] = balances.get("USDT")[1].subtract(lockedPart);
            balances.get("USDT")[0] = balances.get("USDT")[0].add(lockedPart).subtract(notional);
            balances.get("FIL")[0] = balances.get("FIL")[0].add(q).subtract(commission);
        } else {
            balances.get("FIL")[1] = balances.get("FIL")[1].subtract(q);
            balances.get("USDT")[0] = balances.get("USDT")[0].add(notional).subtract(commission);
        }
    }

    private void move(String asset, BigDecimal toLocked) {
        BigDecimal[] b = balances.get(asset);
        b[0] = b[0].subtract(toLocked);
        b[1] = b[1].add(toLocked);
    }
}
