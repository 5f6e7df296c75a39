package dev.tradewind.examples;

import dev.tradewind.model.OptionType;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Desk;
import dev.tradewind.strategy.OptionChain;
import dev.tradewind.strategy.Options;
import dev.tradewind.strategy.Param;
import dev.tradewind.strategy.Strategy;
import java.time.LocalDate;

/**
 * Iron condor on an index, opened when flat on the first expiry at least {@code days} away: sells the call and the
 * put nearest {@code delta}, buys the call and the put {@code width} points further out, and closes all four legs
 * when the spread's value has lost {@code stop} times the credit (a stop on the spread, not on a leg). Declares SPXW
 * weeklies at a constant 18% volatility ({@link Desk}); {@code --options}, {@code --option-vol} and {@code --vol-surface}
 * override it.
 */
@Desk(options = "spxw", volatility = 0.18)
public final class IronCondor implements Strategy {
    @Param(description = "calendar days at least to the expiry sold", min = 1, max = 90)
    int days = 14;
    @Param(description = "absolute delta of the short strikes", min = 0.01, max = 0.5)
    double delta = 0.16;
    @Param(description = "distance of the long wings from the short strikes, in points", min = 1)
    double width = 50;
    @Param(description = "contracts per leg", min = 1)
    int contracts = 1;
    @Param(description = "close when the loss reaches this many times the credit (0: never)", min = 0)
    double stop = 1.5;

    private double credit;

    @Override
    public void onBar(Context ctx) {
        Options o = ctx.options();
        if (!o.legs().isEmpty()) {
            double loss = -o.value() - credit;
            if (stop > 0 && loss >= stop * credit) {
                ctx.log().info("stop: the condor lost %.2f on a credit of %.2f", loss, credit);
                o.closeAll();
            }
            return;
        }
        LocalDate expiry = o.expiryOnOrAfter(o.today().plusDays(days));
        OptionChain chain = o.chain(expiry);
        double shortCall = chain.strikeByDelta(OptionType.CALL, delta);
        double shortPut = chain.strikeByDelta(OptionType.PUT, -delta);
        o.buy(OptionType.CALL, expiry, shortCall + width, contracts);
        o.buy(OptionType.PUT, expiry, shortPut - width, contracts);
        o.sell(OptionType.CALL, expiry, shortCall, contracts);
        o.sell(OptionType.PUT, expiry, shortPut, contracts);
        credit = o.openPremium();
    }
}
