package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.runner.RunRules;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings of a run request laid over the CLI's defaults, and the configuration built from them. */
class RunSettingsTest {

    private static ObjectNode json(String text) throws Exception { return (ObjectNode) Json.MAPPER.readTree(text); }

    @Test
    void givenFieldsAreMergedOverTheDefaultsFieldByField() throws Exception {
        ObjectNode s = RunSettings.resolve(json("{\"instrument\":{\"kind\":\"future\",\"lot\":0.1},\"rules\":{\"funding_rate\":0.0001}}"));
        RunConfig c = RunSettings.config(s, "bars.csv", "sma-cross", Map.of("fast", "5"), "2023-08-01", null);
        RunConfig d = RunConfig.defaults();
        assertThat(c.instrument().kind()).isEqualTo("future");
        assertThat(c.instrument().lot()).isEqualTo(0.1);
        assertThat(c.instrument().multiplier()).isEqualTo(d.instrument().multiplier());
        assertThat(c.instrument().margin()).isEqualTo(d.instrument().margin());
        assertThat(c.rules().fundingRate()).isEqualTo(0.0001);
        assertThat(c.rules().fundingHours()).isEqualTo(RunRules.DEFAULT.fundingHours());
        assertThat(c.cash()).isEqualTo(d.cash());
        assertThat(c.factors()).containsExactly(d.factors());
        assertThat(c.data()).isEqualTo("bars.csv");
        assertThat(c.params()).containsEntry("fast", "5");
        assertThat(c.from()).isEqualTo("2023-08-01");
    }

    @Test
    void aRecordedConfigComesBackAsItWas() throws Exception {
        ObjectNode n = Json.MAPPER.valueToTree(RunConfig.defaults());
        n.with("instrument").put("kind", "future").put("tick", 0.001).put("lot", 0.1);
        n.with("commission").put("maker_percent", -0.01);
        n.putArray("factors").add(7);
        RunConfig recorded = Json.MAPPER.treeToValue(n, RunConfig.class);
        ObjectNode s = RunSettings.resolve(RunSettings.of(recorded));
        RunConfig again = RunSettings.config(s, recorded.data(), recorded.strategy(), recorded.params(), null, null);
        assertThat(Json.compact(again)).isEqualTo(Json.compact(recorded));
    }

    @Test
    void aConfigRecordedWithoutRulesTakesTheDefaultRules() throws Exception {
        ObjectNode n = Json.MAPPER.valueToTree(RunConfig.defaults());
        n.putNull("rules");
        RunConfig old = Json.MAPPER.treeToValue(n, RunConfig.class);
        RunConfig again = RunSettings.config(RunSettings.resolve(RunSettings.of(old)), "x.csv", "sma-cross", Map.of(), null, null);
        assertThat(again.rules()).isEqualTo(RunRules.DEFAULT);
    }

    @Test
    void everyFieldOfTheFormIsAFieldOfConfigJson() {
        ObjectNode defaults = RunSettings.defaults();
        for (RunSettings.Spec spec : RunSettings.SPECS) {
            com.fasterxml.jackson.databind.JsonNode v = defaults;
            for (String part : spec.key().split("\\.")) {
                assertThat(v.has(part)).as(spec.key()).isTrue();
                v = v.get(part);
            }
        }
    }

    @Test
    void aFieldConfigJsonDoesNotHaveIsRefusedByName() {
        assertThatThrownBy(() -> RunSettings.resolve(json("{\"instrument\":{\"contract_size\":3}}")))
                .isInstanceOf(ApiError.class)
                .hasMessageStartingWith("settings.instrument.contract_size: not a field of config.json; known: kind, lot,");
    }
}
