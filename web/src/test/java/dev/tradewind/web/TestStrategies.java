package dev.tradewind.web;

/** Strategy sources the tests write into a watched folder. */
final class TestStrategies {
    private TestStrategies() {}

    /** A moving-average cross; {@code sizing} is the expression of the percent of equity per entry. */
    static String cross(String sizing) {
        return """
                import dev.tradewind.model.Series;
                import dev.tradewind.strategy.*;

                public class MyCross implements Strategy {
                    @Param(description = "fast SMA length", min = 2, max = 200) int fast = 5;
                    @Param(description = "slow SMA length", min = 3, max = 400) int slow = 20;
                    @Param(description = "percent of equity per entry", min = 1, max = 100) double percent = 90;

                    private Series f, s;

                    @Override public void onStart(Context ctx) {
                        f = ctx.indicator("sma(close," + fast + ")");
                        s = ctx.indicator("sma(close," + slow + ")");
                    }

                    @Override public void onBar(Context ctx) {
                        if (ctx.position().isFlat() && f.get() > s.get()) {
                            ctx.buy(ctx.unitsForPercentOfEquity(%s));
                            ctx.sellStop(ctx.unitsForPercentOfEquity(%s), ctx.close() * 0.9);
                        } else if (ctx.position().isLong() && f.get() < s.get()) {
                            ctx.flatten();
                        }
                    }
                }
                """.replace("%s", sizing);
    }

    /** The same class with a syntax error on line 20 (a missing semicolon). */
    static String broken() {
        return cross("percent").replace("ctx.flatten();", "ctx.flatten()");
    }
}
