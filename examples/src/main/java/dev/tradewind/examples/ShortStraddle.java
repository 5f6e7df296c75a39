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
 * Weekly short straddle on an index: when flat, sells the at-the-money call and put of the first expiry at least
 * {@code days} away and holds them to expiry, unless their value grows to {@code stop} times the credit taken in
 * (then both are bought back). Declares SPXW weeklies at a constant 18%
 * volatility ({@link Desk}); {@code --options}, {@code --option-vol} and {@code --vol-surface} override it.
 */
@Desk(options = "spxw", volatility = 0.18)
public final class ShortStraddle implements Strategy {
    @Param(description = "calendar days at least to the expiry sold", min = 1, max = 60)
    int days = 5;
    @Param(description = "contracts per leg", min = 1)
    int contracts = 1;
    @Param(description = "buy back when the straddle costs this many times its credit (0: never)", min = 0)
    double stop = 2;

    private double credit;

    @Override
    public void onBar(Context ctx) {
        Options o = ctx.options();
        if (!o.legs().isEmpty()) {
            if (stop > 0 && -o.value() >= stop * credit) {
                ctx.log().info("stop: the straddle costs %.2f against a credit of %.2f", -o.value(), credit);
                o.closeAll();
            }
            return;
        }
        LocalDate expiry = o.expiryOnOrAfter(o.today().plusDays(days));
        OptionChain chain = o.chain(expiry);
        double strike = chain.atmStrike();
        o.sell(OptionType.CALL, expiry, strike, contracts);
        o.sell(OptionType.PUT, expiry, strike, contracts);
        credit = o.openPremium();
    }
}
