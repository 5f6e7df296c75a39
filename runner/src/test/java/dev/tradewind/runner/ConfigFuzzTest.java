package dev.tradewind.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.Printable;
import dev.tradewind.model.UserError;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing the config reader with jqwik generators (a fixed number of tries): any text ends in a checked configuration
 * or one UserError line, without control characters, naming the file; never another exception.
 */
class ConfigFuzzTest {
    private static final List<String> KEYS = List.of("data", "strategy", "cash", "params", "commission", "slippage_bps",
            "instrument", "fill", "gaps", "factors", "rules", "zone", "percent", "per_order", "tick", "lot", "multiplier",
            "margin", "volume_share", "latency_bars", "bogus", "\u001b[2J");

    private static void readsOrRefusesCleanly(String text) {
        try {
            RunConfig c = ConfigReader.parse("fuzz.json", text);
            assertThat(c.cash()).isPositive().isFinite();
            assertThat(c.commission()).isNotNull();
            assertThat(c.instrument()).isNotNull();
        } catch (UserError e) {
            assertThat(e.getMessage()).startsWith("fuzz.json: ").isEqualTo(Printable.escape(e.getMessage()));
        }
    }

    @Property(tries = 500)
    void anyTextIsReadOrRefusedInOneCleanLine(@ForAll("jsonLike") String text) {
        readsOrRefusesCleanly(text);
    }

    @Property(tries = 500)
    void anyObjectOfKnownKeysIsReadOrRefusedInOneCleanLine(@ForAll("objects") String json) {
        readsOrRefusesCleanly(json);
    }

    @Provide
    Arbitrary<String> jsonLike() {
        return Arbitraries.oneOf(
                Arbitraries.of("{", "}", "[", "]", ":", ",", "\"", "\"cash\"", "\"strategy\"", "1e309", "-1", "null", "true",
                        "\"lots\"", "{\"a\":", "\\u0000", "\u0007", "\u001b", "NaN", "0.5", "\"instrument\":{").map(x -> x),
                Arbitraries.strings().ofMaxLength(5))
                .list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> objects() {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.of("-1000", "0", "1e309", "-1e309", "10000", "0.001", "true", "null", "\"lots\"", "\"sma-cross\"",
                        "\"next-open\"", "\"\u001b]0;t\u0007\"", "[]", "[1,2]", "[1.5]", "\"\"", "1e-320", "9223372036854775808"));
        Arbitrary<Object> value = Arbitraries.recursive(() -> leaf,
                inner -> Arbitraries.maps(Arbitraries.of(KEYS), inner).ofMaxSize(4).map(ConfigFuzzTest::json), 2);
        return Arbitraries.maps(Arbitraries.of(KEYS), value).ofMaxSize(8).map(ConfigFuzzTest::json);
    }

    private static String json(Map<String, Object> m) {
        StringBuilder b = new StringBuilder("{");
        m.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k.replace("\u001b", "\\u001b"))
                .append("\":").append(v));
        return b.append('}').toString();
    }
}
