package dev.tradewind.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** An expression that is one name reads its number directly, and gives what EvalEx gives for it, bit for bit. */
class ExprTest {
    private static final List<String> NAMES = List.of("sharpe", "trades", "net_profit");

    @Test
    void aNameReadDirectlyIsWhatEvalExGives() {
        SplittableRandom random = new SplittableRandom(11);
        List<Expr> names = List.of(Expr.parse("sharpe", "--objective", NAMES), Expr.parse(" Sharpe ", "--objective", NAMES));
        Expr sum = Expr.parse("sharpe + 0", "--objective", NAMES); // not one name: EvalEx
        double[] odd = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_NORMAL, Double.MAX_VALUE, 1e-300, 0.1, 1.0 / 3,
                Math.PI * 1e200, 9007199254740993.0, -2.5e-7};
        for (int i = 0; i < 20_000; i++) {
            Object v = switch (i % 4) {
                case 0 -> i / 4 < odd.length ? odd[i / 4] : Double.longBitsToDouble(random.nextLong()); // any finite bits
                case 1 -> random.nextDouble(-1e6, 1e6);
                case 2 -> random.nextInt();
                default -> random.nextLong(); // beyond 2^53: rounded alike
            };
            if (v instanceof Double d && !Double.isFinite(d)) continue;
            Map<String, Object> values = Map.of("sharpe", v, "trades", 3, "net_profit", 1.5);
            for (Expr e : names) {
                assertThat(Double.doubleToRawLongBits(e.number(values)))
                        .as("%s", v).isEqualTo(Double.doubleToRawLongBits(e.evaluated(values)));
            }
            assertThat(sum.number(values)).isEqualTo(sum.evaluated(values));
        }
    }
}
