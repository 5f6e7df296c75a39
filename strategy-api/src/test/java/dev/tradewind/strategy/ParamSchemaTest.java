package dev.tradewind.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamSchemaTest {

    public abstract static class Base implements Strategy {
        @Param(description = "shared size", min = 0, max = 100)
        double percent = 50;
        @Param(description = "shared side", choices = {"both", "long"})
        String sides = "both";

        @Override public void onBar(Context ctx) {}
    }

    public static final class Child extends Base {
        @Param(description = "own length", min = 1, max = 10)
        int length = 3;

        public double percent() { return percent; }
        public int length() { return length; }
    }

    public static final class Clash extends Base {
        @Param(description = "hides the inherited one", min = 0, max = 1)
        double percent = 1;
    }

    @Test
    void inheritedParametersFollowTheClassesOwnAndAreSet() throws ParamException {
        ParamSchema schema = ParamSchema.of(Child.class);
        assertThat(schema.specs()).extracting(ParamSpec::name).containsExactly("length", "percent", "sides");
        Child c = (Child) schema.create(Map.of("percent", "20", "length", "7"));
        assertThat(c.percent()).isEqualTo(20.0);
        assertThat(c.length()).isEqualTo(7);
        assertThat(schema.values(c)).containsExactly(Map.entry("length", "7"), Map.entry("percent", "20.0"), Map.entry("sides", "both"));
        assertThatThrownBy(() -> schema.create(Map.of("sides", "short"))).isInstanceOf(ParamException.class);
    }

    @Test
    void aNameDeclaredTwiceInTheChainIsRefused() {
        assertThatThrownBy(() -> ParamSchema.of(Clash.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("percent is declared twice");
    }
}
