import dev.tradewind.model.Series;
import dev.tradewind.strategy.*;

public class MyBreakout implements Strategy {
    @Param(description = "channel length", min = 2, max = 500) int length = 50;
    @Param(description = "percent of equity per trade", min = 1, max = 100) double percent = 50;

    private Series high, low;

    @Override public void onStart(Context ctx) {             // ask for indicators once
        high = ctx.indicator("highest(high," + length + ")");
        low = ctx.indicator("lowest(low," + length + ")");
    }

    @Override public void onBar(Context ctx) {               // called once the indicators are warm
        // get(1): the channel up to the previous bar; this bar's own high is in get(), so close >= get() is rare
        if (ctx.position().isFlat() && ctx.close() > high.get(1)) ctx.buy(ctx.unitsForPercentOfEquity(percent));
        else if (ctx.position().isLong() && ctx.close() < low.get(1)) ctx.flatten();
    }
}
