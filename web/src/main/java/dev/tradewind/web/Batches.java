package dev.tradewind.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.BatchRecord;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.PortfolioConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The weighted batches under one folder (by default the installation's {@code out/}, where
 * {@code examples/research/run} writes): every {@code results.json} of {@code tradewind weight} is one, its members
 * the strategies it weighted, with their statistics and weights. A member is run again alone, as a backtest of this
 * server, from the {@code batch.json} that {@code tradewind batch} wrote beside the weighted trades (its config and
 * time window); a batch written before batch.json existed falls back on the weighting's candidate config over the
 * whole data. The browser names a batch only by the id this class lists (its folder relative to the root).
 * Thread-safe.
 */
final class Batches {
    /** How deep under the root a weighting's folder is looked for. */
    private static final int DEPTH = 6;

    /**
     * One weighting step's output as the list shows it.
     *
     * @param id      the folder relative to the root, with {@code /}
     * @param method  binary, equal, inverse-vol, risk-parity or max-sortino
     * @param metric  the binary method's metric, else null
     * @param weighted how many members have a weight above 0
     * @param from    the batch's first bar time, or null (the data's first, or unknown without batch.json)
     * @param to      the batch's end time, exclusive, or null
     * @param window  whether the batch's window is known (its batch.json was found)
     */
    record Summary(String id, String method, String metric, int members, int weighted, String first, String last,
            String from, String to, boolean window) {}

    /**
     * One member.
     *
     * @param stats    the weighting's statistics of its trades (win rate, expectancy, drawdown, Sortino...)
     * @param spec     how it ran (strategy, symbol, timeframe, params, data), or null when no config names it
     * @param run      the id of the run of it this server made, or null
     */
    record Member(String name, double weight, Map<String, Object> stats, PortfolioConfig.Member spec, String run) {}

    record Detail(Summary summary, List<Member> members, String note) {}

    private record Found(Summary summary, JsonNode results, BatchRecord batch, PortfolioConfig candidates, String note) {}

    private final Path root;
    private final Path home;
    /** "batch id\nmember" -> run id of the member's report. */
    private final Map<String, String> memberRuns = new ConcurrentHashMap<>();

    /**
     * @param root where to look (a missing folder lists nothing)
     * @param home the installation, against which a relative candidate config is resolved
     */
    Batches(Path root, Path home) {
        this.root = root == null ? null : root.toAbsolutePath().normalize();
        this.home = home;
    }

    /** The folder looked in, or null. */
    Path root() { return root; }

    /** The weighted batches, by id. */
    List<Summary> list() {
        List<Summary> out = new ArrayList<>();
        for (Path dir : folders()) {
            Found f = read(dir, false);
            if (f != null) out.add(f.summary());
        }
        return out;
    }

    /** One batch with its members; a 404 for an id that is not listed. */
    Detail get(String id) {
        Found f = find(id);
        List<Member> members = new ArrayList<>();
        Map<String, PortfolioConfig.Member> specs = specs(f);
        for (JsonNode s : f.results().get("strategies")) {
            String name = s.path("name").asText();
            Map<String, Object> stats = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("name") || e.getKey().equals("weight")) continue;
                JsonNode v = e.getValue();
                stats.put(e.getKey(), v.isNumber() ? (Object) v.asDouble() : v.isNull() ? null : v.asText());
            }
            members.add(new Member(name, s.path("weight").asDouble(), stats, specs.get(name), memberRuns.get(id + "\n" + name)));
        }
        return new Detail(f.summary(), members, f.note());
    }

    /**
     * The request that backtests one member alone as the batch did: its strategy, parameters, data, timeframe and
     * instrument, the config's cash, costs, fill and zone, and the batch's window.
     */
    ObjectNode memberRequest(String id, String member, DataSets data) {
        Found f = find(id);
        PortfolioConfig.Member m = specs(f).get(member);
        if (m == null) throw ApiError.notFound("batch " + id + ": no config names member '" + member + "'");
        PortfolioConfig c = f.batch() != null ? f.batch().portfolio() : f.candidates();
        String dataId = data.idOf(m.data() == null ? null : dataRef(m.data()));
        if (dataId == null) {
            throw ApiError.badRequest("member " + member + ": its data " + m.data() + " is not offered by this server (GET /api/data "
                    + "lists what is: the bundled sample-data/ files and the catalog)");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("strategy", m.strategy());
        body.set("params", Json.MAPPER.valueToTree(m.params() == null ? Map.of() : m.params()));
        body.put("data", dataId);
        if (f.batch() != null && f.batch().from() != null) body.put("from", f.batch().from());
        if (f.batch() != null && f.batch().to() != null) body.put("to", f.batch().to());
        ObjectNode settings = body.putObject("settings");
        settings.put("cash", c.cash());
        if (c.commission() != null) settings.set("commission", Json.MAPPER.valueToTree(c.commission()));
        settings.put("slippage_bps", c.slippageBps());
        if (c.fill() != null) settings.put("fill", c.fill());
        settings.put("zone", c.zone() == null ? "UTC" : c.zone());
        if (m.symbol() != null) settings.put("symbol", m.symbol());
        if (m.timeframe() != null) settings.put("timeframe", m.timeframe());
        if (m.instrument() != null) settings.set("instrument", Json.MAPPER.valueToTree(m.instrument()));
        return body;
    }

    /** Remembers the run that shows a member, so the batch page links to it. */
    void remember(String id, String member, String run) { memberRuns.put(id + "\n" + member, run); }

    private String dataRef(String data) {
        if (dev.tradewind.catalog.CatalogRef.isRef(data)) return data;
        Path p = Path.of(data);
        if (!p.isAbsolute() && home != null) p = home.resolve(p);
        return p.toAbsolutePath().normalize().toString();
    }

    private Map<String, PortfolioConfig.Member> specs(Found f) {
        Map<String, PortfolioConfig.Member> out = new LinkedHashMap<>();
        PortfolioConfig c = f.batch() != null ? f.batch().portfolio() : f.candidates();
        if (c != null && c.strategies() != null) for (PortfolioConfig.Member m : c.strategies()) out.put(m.id(), m);
        return out;
    }

    private Found find(String id) {
        if (root != null && id != null && !id.isBlank()) {
            Path dir = root.resolve(id).normalize();
            if (dir.startsWith(root) && Files.isRegularFile(dir.resolve("results.json"))) {
                Found f = read(dir, true);
                if (f != null) return f;
            }
        }
        throw ApiError.notFound("unknown batch '" + id + "'; see GET /api/batches");
    }

    private List<Path> folders() {
        if (root == null || !Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.find(root, DEPTH, (p, a) -> a.isRegularFile() && p.getFileName().toString().equals("results.json"))) {
            return s.map(Path::getParent).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** The weighting in {@code dir}, or null when its results.json is not a weighting's. */
    private Found read(Path dir, boolean withConfigs) {
        JsonNode r;
        try {
            r = Json.MAPPER.readTree(dir.resolve("results.json").toFile());
        } catch (IOException e) {
            return null;
        }
        if (r == null || !r.path("weighting").isObject() || !r.path("strategies").isArray()) return null;
        BatchRecord batch = null;
        for (JsonNode file : r.path("files")) {
            Path trades = Path.of(file.asText());
            if (!trades.isAbsolute() && home != null) trades = home.resolve(trades);
            Path record = trades.toAbsolutePath().getParent().resolve(BatchRecord.FILE);
            if (Files.isRegularFile(record)) {
                try {
                    batch = BatchRecord.read(record);
                    break;
                } catch (UserError e) {
                    // an unreadable batch.json: fall back on the weighting's config
                }
            }
        }
        int weighted = 0;
        for (JsonNode s : r.get("strategies")) if (s.path("weight").asDouble() > 0) weighted++;
        JsonNode w = r.get("weighting");
        String id = root.relativize(dir).toString().replace('\\', '/');
        String method = w.path("method").asText(null);
        Summary summary = new Summary(id, method, "binary".equals(method) ? w.path("metric").asText(null) : null, r.get("strategies").size(), weighted, r.path("first").asText(null),
                r.path("last").asText(null), batch == null ? null : batch.from(), batch == null ? null : batch.to(), batch != null);
        if (!withConfigs) return new Found(summary, r, batch, null, null);
        PortfolioConfig candidates = null;
        String note = null;
        if (batch == null) {
            String config = w.path("config").asText(null);
            note = "no batch.json beside the weighted trades (a batch run before it was written): members run on the whole data";
            if (config != null) {
                Path p = Path.of(config);
                if (!p.isAbsolute() && home != null) p = home.resolve(p);
                try {
                    candidates = Json.read(p, PortfolioConfig.class);
                } catch (UserError e) {
                    note = "no batch.json beside the weighted trades and the candidate config cannot be read (" + e.getMessage()
                            + "): members cannot be run again";
                }
            }
        }
        return new Found(summary, r, batch, candidates, note);
    }
}
