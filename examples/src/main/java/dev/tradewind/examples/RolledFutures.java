package dev.tradewind.examples;

import dev.tradewind.model.FutureLeg;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Desk;
import dev.tradewind.strategy.Futures;
import dev.tradewind.strategy.Param;
import dev.tradewind.strategy.Strategy;
import java.time.LocalDate;
import java.util.List;

/**
 * A long index futures position held continuously: buys {@code contracts} of the front contract (of the next one inside
 * the roll window), and rolls into the next contract when {@code rollDays} trading days or fewer are left to the
 * expiry. Declares ES-like quarterly
 * contracts ({@link Desk}; {@code --futures} overrides it; from Java: {@code Engine.withFutures}).
 */
@Desk(futures = "es")
public final class RolledFutures implements Strategy {
    @Param(description = "contracts held", min = 1)
    int contracts = 1;
    @Param(description = "roll when this many trading days or fewer are left to the expiry", min = 0, max = 40)
    int rollDays = 5;

    @Override
    public void onBar(Context ctx) {
        Futures f = ctx.futures();
        List<FutureLeg> legs = f.legs();
        if (legs.isEmpty()) {
            LocalDate expiry = f.front();
            if (f.tradingDaysTo(expiry) <= rollDays) expiry = f.next(expiry);
            f.buy(expiry, contracts);
            return;
        }
        FutureLeg leg = legs.get(0);
        if (f.tradingDaysTo(leg.contract().expiryDate()) <= rollDays) ctx.roll(leg);
    }
}
