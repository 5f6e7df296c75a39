package dev.tradewind.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradewind.data.DataException;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.EngineSettings;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.RunConfig;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The settings of a run other than its strategy, parameters, data set and date range: config.json's own fields
 * (cash, instrument, commission, slippage, fill, gaps, rules, zone, ...) in config.json's own shape. A run started
 * from the web carries all of them, so "Run again" on any recorded run, the CLI's included, reproduces it exactly;
 * a field of config.json that the form has no input for is carried through unchanged. {@link #SPECS} describes the
 * fields the form shows (served at {@code GET /api/settings}) and is what the server checks them against.
 */
final class RunSettings {
    /** config.json fields that a request gives on its own ({@code strategy}, {@code data}...) or a run computes. */
    static final Set<String> OWN_FIELDS = Set.of("data", "data_sha256", "strategy", "strategy_sha256", "params", "from", "to");

    /**
     * One input of the form.
     *
     * @param key      the dotted path in config.json, e.g. {@code instrument.lot}
     * @param group    the form's fieldset
     * @param label    what the form calls it
     * @param type     {@code number}, {@code int}, {@code choice}, {@code boolean} or {@code text}
     * @param min      the smallest value (numbers), or null
     * @param above    whether {@code min} itself is excluded
     * @param max      the largest value (numbers), or null
     * @param nullable whether the field may be empty (null), and what empty means is in {@code hint}
     * @param choices  the values of a choice
     * @param hint     one line for the form
     */
    record Spec(String key, String group, String label, String type, Double min, boolean above, Double max,
            boolean nullable, List<String> choices, String hint) {

        static Spec number(String key, String group, String label, double min, double max, String hint) {
            return new Spec(key, group, label, "number", min, false, max, false, List.of(), hint);
        }

        static Spec optional(String key, String group, String label, double min, double max, String hint) {
            return new Spec(key, group, label, "number", min, false, max, true, List.of(), hint);
        }

        static Spec positive(String key, String group, String label, double max, String hint) {
            return new Spec(key, group, label, "number", 0.0, true, max, false, List.of(), hint);
        }

        static Spec integer(String key, String group, String label, double max, String hint) {
            return new Spec(key, group, label, "int", 0.0, false, max, false, List.of(), hint);
        }

        static Spec choice(String key, String group, String label, List<String> choices, String hint) {
            return new Spec(key, group, label, "choice", null, false, null, false, choices, hint);
        }

        static Spec flag(String key, String group, String label, String hint) {
            return new Spec(key, group, label, "boolean", null, false, null, false, List.of(), hint);
        }

        static Spec text(String key, String group, String label, String hint) {
            return new Spec(key, group, label, "text", null, false, null, true, List.of(), hint);
        }
    }

    private static final String BARS = "Bars";
    private static final String ACCOUNT = "Account and instrument";
    private static final String COSTS = "Costs";
    private static final String EXECUTION = "Execution";
    private static final String RISK = "Risk limits";
    private static final String READING = "Reading the data";
    private static final double BIG = 1e15;

    /** The fields of the form, in its order. */
    static final List<Spec> SPECS = List.of(
            Spec.text("timeframe", BARS, "Timeframe", "run on bars of this size resampled from the data (3m, 5m, 15m, 1h, 1d: "
                    + "days in the time zone below); empty: the data's own bars"),
            Spec.number("cash", ACCOUNT, "Starting cash", 1, BIG, "account currency"),
            Spec.choice("instrument.kind", ACCOUNT, "Instrument", List.of("spot", "future"), "spot, or a future (margin, multiplier, funding)"),
            Spec.number("instrument.tick", ACCOUNT, "Tick size", 0, BIG, "price grid; 0: inferred from the data"),
            Spec.number("instrument.lot", ACCOUNT, "Lot size", 0, BIG, "quantity grid; 0: no rounding"),
            Spec.positive("instrument.multiplier", ACCOUNT, "Multiplier", BIG, "contract value per price point"),
            Spec.number("instrument.margin", ACCOUNT, "Margin rate", 0, 1, "initial margin of a future, a fraction (0.1 = 10%)"),
            Spec.optional("instrument.maintenance", ACCOUNT, "Maintenance margin", 0, 1, "a fraction; empty: half the margin rate"),
            Spec.optional("instrument.min_notional", ACCOUNT, "Minimum order value", 0, BIG, "empty: none"),
            Spec.number("commission.percent", COSTS, "Commission % (taker)", 0, 100, "percent of traded value"),
            Spec.optional("commission.maker_percent", COSTS, "Maker fee %", -100, 100, "limit fills; negative: a rebate; empty: as taker"),
            Spec.number("commission.per_order", COSTS, "Commission per order", 0, BIG, "fixed, per order"),
            Spec.number("commission.per_unit", COSTS, "Commission per unit", 0, BIG, "per unit traded"),
            Spec.optional("commission.minimum", COSTS, "Minimum commission", 0, BIG, "per fill; empty: none"),
            Spec.number("slippage_bps", COSTS, "Slippage (bps)", 0, 10_000, "on market and stop fills"),
            Spec.text("rules.slippage", COSTS, "Slippage model", "bps:N, spread:X, atr:K or sqrt:K; empty: slippage bps"),
            Spec.number("rules.funding_rate", COSTS, "Funding rate", -1, 1, "per funding, futures; 0: none (0.0001 = 0.01%)"),
            Spec.positive("rules.funding_hours", COSTS, "Funding every (hours)", 8760, "hours between fundings"),
            Spec.number("rules.borrow_percent", COSTS, "Borrow fee % a year", 0, 1000, "on spot shorts"),
            Spec.number("rules.liquidation_fee_percent", COSTS, "Liquidation fee %", 0, 100, "extra fee on liquidation fills"),
            Spec.choice("fill", EXECUTION, "Market orders fill at", List.of("next-open", "close"), "the next bar's open or this bar's close"),
            Spec.choice("rules.same_bar", EXECUTION, "Stop and target on one bar", List.of("stop-first", "target-first", "nearest-to-open"),
                    "which fills when a bar reaches both"),
            Spec.number("rules.volume_share", EXECUTION, "Volume cap", 0, 1, "largest share of a bar's volume per order; 0: none"),
            Spec.integer("rules.latency_bars", EXECUTION, "Latency (bars)", 1_000_000, "extra bars before an order can fill"),
            Spec.integer("rules.latency_ms", EXECUTION, "Latency (ms)", 1e12, "time before an order can fill"),
            Spec.number("rules.leverage_cap", RISK, "Leverage cap", 0, 1e6, "gross notional / equity; 0: none"),
            Spec.number("rules.max_drawdown_percent", RISK, "Halt at drawdown %", 0, 100, "no new entries beyond it; 0: off"),
            Spec.flag("rules.flatten_on_halt", RISK, "Close the position at the halt", "with the drawdown halt"),
            Spec.number("rules.daily_loss_percent", RISK, "Daily loss limit %", 0, 100, "no entries for the day beyond it; 0: off"),
            Spec.number("rules.max_position_units", RISK, "Largest position (units)", 0, BIG, "0: off"),
            Spec.number("rules.max_position_notional", RISK, "Largest position (value)", 0, BIG, "0: off"),
            Spec.choice("rules.signals_per", RISK, "One entry signal per", List.of("none", "day", "week", "month"), "none: no limit"),
            Spec.choice("gaps", READING, "Missing bars", List.of("leave", "fill", "drop"), "leave (reported), fill with flat bars, drop the days"),
            Spec.text("zone", READING, "Time zone", "of local times in the file and of DAY orders, e.g. UTC"),
            Spec.choice("price_column", READING, "Price column", List.of("close", "adj-close"), "Yahoo files"),
            Spec.choice("bad_rows", READING, "Bad rows", List.of("fail", "skip", "repair"), "what to do with a malformed row"));

    private RunSettings() {}

    /** The CLI's defaults for every setting (config.json's fields without the request's own ones). */
    static ObjectNode defaults() {
        ObjectNode n = Json.MAPPER.valueToTree(RunConfig.defaults());
        n.remove(OWN_FIELDS);
        n.putNull("timeframe"); // config.json leaves an unset timeframe out; the form shows it empty
        return n;
    }

    /** The settings of a recorded configuration: every field but the request's own ones. */
    static ObjectNode of(RunConfig config) {
        ObjectNode n = Json.MAPPER.valueToTree(config);
        n.remove(OWN_FIELDS);
        return n;
    }

    /**
     * The defaults with {@code given} laid over them (objects merged field by field), checked: a field config.json
     * does not have, a value of the wrong type or out of range is a 400 naming it.
     */
    static ObjectNode resolve(JsonNode given) { return resolve(given, Map.of()); }

    /** As {@link #resolve(JsonNode)}, naming a field in messages as the request did ({@code names}: path to name). */
    static ObjectNode resolve(JsonNode given, Map<String, String> names) {
        ObjectNode out = defaults();
        if (given != null && !given.isNull()) {
            if (!given.isObject()) throw ApiError.badRequest("settings: expected an object in config.json's shape");
            merge(out, (ObjectNode) given, "settings.");
        }
        for (Spec s : SPECS) check(s, at(out, s.key()), names.getOrDefault(s.key(), "settings." + s.key()));
        JsonNode margin = at(out, "instrument.margin");
        JsonNode maintenance = at(out, "instrument.maintenance");
        if (maintenance != null && maintenance.isNumber() && maintenance.asDouble() > margin.asDouble()) {
            throw ApiError.badRequest("settings.instrument.maintenance: expected at most the margin rate " + plain(margin.asDouble())
                    + ", got " + plain(maintenance.asDouble()));
        }
        config(out, null, null, Map.of(), null, null);
        return out;
    }

    /** The backtester's configuration: these settings with the run's data, strategy, parameters and range. */
    static RunConfig config(ObjectNode settings, String data, String strategy, Map<String, String> params, String from, String to) {
        ObjectNode n = settings.deepCopy();
        n.put("data", data);
        n.putNull("data_sha256");
        n.put("strategy", strategy);
        n.putNull("strategy_sha256");
        n.set("params", Json.MAPPER.valueToTree(params));
        n.put("from", from);
        n.put("to", to);
        try {
            return Json.MAPPER.treeToValue(n, RunConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw ApiError.badRequest("settings." + path(e) + ": not a field of config.json; known: "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        } catch (MismatchedInputException e) {
            throw ApiError.badRequest("settings." + path(e) + ": expected " + kind(e.getTargetType()));
        } catch (JsonMappingException e) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("instance of `([^`]+)`").matcher(e.getOriginalMessage());
            String expected = !m.find() ? null : switch (m.group(1)) {
                case "int[]" -> "a list of integers";
                case "double", "java.lang.Double" -> "a number";
                case "int", "long", "java.lang.Integer", "java.lang.Long" -> "an integer";
                case "boolean", "java.lang.Boolean" -> "true or false";
                case "java.lang.String" -> "text";
                default -> null;
            };
            throw ApiError.badRequest("settings." + path(e) + ": "
                    + (expected != null ? "expected " + expected : e.getOriginalMessage().lines().findFirst().orElse("invalid")));
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("settings: " + e.getOriginalMessage().lines().findFirst().orElse("invalid"));
        }
    }

    private static String kind(Class<?> type) {
        if (type == null) return "another type";
        if (type == double.class || type == Double.class) return "a number";
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) return "an integer";
        if (type == boolean.class || type == Boolean.class) return "true or false";
        if (type == String.class) return "text";
        if (type.isArray()) return "a list of " + (type.getComponentType() == int.class ? "integers" : "values");
        return "an object";
    }

    /** A copy of {@code config} reading {@code data} instead. */
    static RunConfig withData(RunConfig config, String data) {
        ObjectNode n = Json.MAPPER.valueToTree(config);
        n.put("data", data);
        try {
            return Json.MAPPER.treeToValue(n, RunConfig.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a configuration does not read back: " + e.getMessage(), e);
        }
    }

    private static void merge(ObjectNode base, ObjectNode over, String prefix) {
        for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            String name = prefix + key;
            if (prefix.equals("settings.") && OWN_FIELDS.contains(key)) {
                throw ApiError.badRequest(name + ": not a setting; give it as the request's own field"
                        + (key.endsWith("sha256") ? " (it is computed by the run)" : " '" + key + "'"));
            }
            // A key the defaults do not show (a field written only when set) is left to the configuration's own
            // reader, which refuses a field config.json does not have.
            JsonNode current = base.get(key);
            if (current != null && current.isObject() && e.getValue().isNull()) continue; // as config.json: null rules = defaults
            if (current != null && current.isObject() && e.getValue().isObject()) {
                merge((ObjectNode) current, (ObjectNode) e.getValue(), name + ".");
            } else {
                base.set(key, e.getValue());
            }
        }
    }

    private static JsonNode at(ObjectNode root, String dotted) {
        JsonNode n = root;
        for (String part : dotted.split("\\.")) {
            n = n == null || !n.isObject() ? null : n.get(part);
        }
        return n;
    }

    private static void check(Spec s, JsonNode v, String name) {
        if (v == null || v.isNull()) {
            if (s.nullable()) return;
            throw ApiError.badRequest(name + ": required (" + s.label() + ")");
        }
        switch (s.type()) {
            case "number", "int" -> {
                boolean integral = s.type().equals("int");
                String expected = (integral ? "an integer" : "a number") + range(s);
                if (!v.isNumber()) throw ApiError.badRequest(name + ": expected " + expected + ", got " + shown(v));
                double x = v.asDouble();
                boolean ok = Double.isFinite(x) && (s.min() == null || (s.above() ? x > s.min() : x >= s.min()))
                        && (s.max() == null || x <= s.max()) && (!integral || v.canConvertToLong() && x == Math.rint(x));
                if (!ok) throw ApiError.badRequest(name + ": expected " + expected + ", got " + shown(v));
            }
            case "choice" -> {
                if (!v.isTextual() || !s.choices().contains(v.asText())) {
                    throw ApiError.badRequest(name + ": expected one of " + String.join(", ", s.choices()) + ", got " + shown(v));
                }
            }
            case "boolean" -> {
                if (!v.isBoolean()) throw ApiError.badRequest(name + ": expected true or false, got " + v);
            }
            case "text" -> {
                if (!v.isTextual()) throw ApiError.badRequest(name + ": expected text, got " + v);
                if (v.asText().length() > 200) throw ApiError.badRequest(name + ": longer than 200 characters");
                checkText(s.key(), v.asText(), name);
            }
            default -> throw new IllegalStateException("unknown setting type " + s.type());
        }
    }

    private static void checkText(String key, String text, String name) {
        try {
            if (key.equals("zone")) ZoneId.of(text);
            else if (key.equals("rules.slippage") && !text.isBlank()) EngineSettings.slippage(text, 0);
            else if (key.equals("timeframe")) Timeframe.parse(text);
        } catch (DataException e) {
            throw ApiError.badRequest(name + ": " + e.getMessage());
        } catch (DateTimeException e) {
            throw ApiError.badRequest(name + ": unknown time zone '" + text + "' (e.g. UTC, America/New_York)");
        } catch (UserError e) {
            throw ApiError.badRequest(name + ": expected bps:N, spread:X, atr:K or sqrt:K, got '" + text + "'");
        }
    }

    private static String range(Spec s) {
        if (s.min() != null && s.max() != null && !s.above()) return " between " + plain(s.min()) + " and " + plain(s.max());
        String lo = s.min() == null ? "" : (s.above() ? " > " : " >= ") + plain(s.min());
        String hi = s.max() == null ? "" : (lo.isEmpty() ? " <= " : " and <= ") + plain(s.max());
        return lo + hi;
    }

    private static String path(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) s.append(s.isEmpty() ? "" : ".").append(ref.getFieldName());
            else s.append('[').append(ref.getIndex()).append(']');
        }
        return s.toString();
    }

    private static String shown(JsonNode v) { return v.isTextual() ? "'" + v.asText() + "'" : v.toString(); }

    static String plain(double x) { return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString(); }

    /** An empty object, for callers that build settings by hand. */
    static ObjectNode empty() { return JsonNodeFactory.instance.objectNode(); }
}
