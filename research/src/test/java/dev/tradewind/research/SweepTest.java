package dev.tradewind.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {
    static StrategyRunner runner;
    static ParamSpace space;

    @BeforeAll
    static void load() {
        runner = Fixtures.spx("sma-cross");
        space = ParamSpace.of(runner.schema(), ranges("fast", "5:30:5", "slow", "20:120:20"), Map.of());
    }

    static Map<String, String> ranges(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void gridRunsEveryAllowedPointOnceInOrderWhateverTheThreads() {
        Objective o = Objective.of("sharpe", false, 3, 1, null);
        SweepResult one = Sweep.run("sma-cross", runner, space, o, new GridSearch(Search.filter(space, "fast < slow"), 1000), 1, null);
        SweepResult two = Sweep.run("sma-cross", runner, space, o, new GridSearch(Search.filter(space, "fast < slow"), 1000), 2, null);
        // 6 x 6 grid less fast >= slow (fast 20: slow 20; fast 25, 30: slow 20) = 33 points
        assertThat(one.trials()).hasSize(33);
        assertThat(one.trials().get(0).params()).containsEntry("fast", "5").containsEntry("slow", "20");
        for (int i = 0; i < 33; i++) {
            assertThat(two.trials().get(i).params()).isEqualTo(one.trials().get(i).params());
            assertThat(two.trials().get(i).statistics()).isEqualTo(one.trials().get(i).statistics());
            assertThat(two.trials().get(i).returns()).containsExactly(one.trials().get(i).returns());
        }
        Trial best = one.best(1).get(0);
        for (Trial t : one.ranked()) assertThat(t.objective()).isLessThanOrEqualTo(best.objective());
        assertThat(one.ranked()).allMatch(t -> t.statistics().trades() >= 3);
    }

    @Test
    void aRunIntoTheThreadsReusedCurveEqualsAFreshRun() {
        Map<String, String> a = Map.of("fast", "5", "slow", "40"), b = Map.of("fast", "20", "slow", "100");
        var first = runner.runReusing(a);
        double[] firstEquity = first.result().equity().clone();
        var second = runner.runReusing(b); // the same thread: writes over the first run's curve
        var fresh = runner.run(b);
        assertThat(second.result().equity()).containsExactly(fresh.result().equity());
        assertThat(second.result().position().toArray()).containsExactly(fresh.result().position().toArray());
        assertThat(second.statistics()).isEqualTo(fresh.statistics());
        assertThat(second.returns()).containsExactly(fresh.returns());
        assertThat(first.statistics()).isEqualTo(runner.run(a).statistics());
        assertThat(firstEquity).isNotEqualTo(fresh.result().equity());
        assertThat(first.result().equity()).isSameAs(second.result().equity()); // one curve per thread, not one per run
    }

    @Test
    void aTrialEqualsAPlainBacktest() {
        SweepResult r = Sweep.run("sma-cross", runner, space, Objective.of("net_profit"), new GridSearch(p -> true, 1000), 2, null);
        Trial t = r.trials().get(7);
        var direct = runner.run(t.params());
        assertThat(t.statistics()).isEqualTo(direct.statistics());
        assertThat(t.objective()).isEqualTo(direct.statistics().netProfit());
    }

    @Test
    void randomSearchDrawsDistinctPointsReproducibly() {
        Objective o = Objective.of("sortino");
        SweepResult a = Sweep.run("sma-cross", runner, space, o, new RandomSearch(12, 5, p -> true), 2, null);
        SweepResult b = Sweep.run("sma-cross", runner, space, o, new RandomSearch(12, 5, p -> true), 2, null);
        assertThat(a.trials()).hasSize(12);
        assertThat(a.trials().stream().map(Trial::params).distinct()).hasSize(12);
        assertThat(a.trials().stream().map(Trial::params).toList()).isEqualTo(b.trials().stream().map(Trial::params).toList());
        SweepResult all = Sweep.run("sma-cross", runner, space, o, new RandomSearch(100, 5, p -> true), 2, null);
        assertThat(all.trials()).hasSize(36);
    }

    @Test
    void geneticSearchIsDeterministicAndCountsEachSetOnce() {
        ParamSpace wide = ParamSpace.of(runner.schema(), ranges("fast", "2:60", "slow", "10:300:5"), Map.of());
        Objective o = Objective.of("sharpe * sqrt(trades)", false, 5, 0.6, null);
        SweepResult a = Sweep.run("sma-cross", runner, wide, o, new GeneticSearch(16, 8, 80, 3, Search.filter(wide, "fast < slow")), 2, null);
        SweepResult b = Sweep.run("sma-cross", runner, wide, o, new GeneticSearch(16, 8, 80, 3, Search.filter(wide, "fast < slow")), 1, null);
        assertThat(a.trials().stream().map(Trial::params).toList()).isEqualTo(b.trials().stream().map(Trial::params).toList());
        assertThat(a.trials().stream().map(Trial::params).distinct().count()).isEqualTo(a.trials().size());
        assertThat(a.trials()).allMatch(t -> Integer.parseInt(t.params().get("fast")) < Integer.parseInt(t.params().get("slow")));
        // the search improves on its first generation
        double firstGeneration = a.trials().subList(0, 16).stream().filter(Trial::feasible).mapToDouble(Trial::objective).max().orElseThrow();
        assertThat(a.best(1).get(0).objective()).isGreaterThanOrEqualTo(firstGeneration);
    }

    @Test
    void geneticSearchRunsExactlyTheTrialsAskedForOrSaysWhyNot() {
        ParamSpace wide = ParamSpace.of(runner.schema(), ranges("fast", "2:50", "slow", "10:200:5"), Map.of());
        Objective o = Objective.of("sharpe");
        // 40 per generation: the second generation reaches 60 and runs only the 20 new points that fit
        SweepResult exact = Sweep.run("sma-cross", runner, wide, o, new GeneticSearch(40, 50, 60, 1, p -> true), 2, null);
        assertThat(exact.trials()).hasSize(60);
        assertThat(exact.note()).isEmpty();

        ParamSpace tiny = ParamSpace.of(runner.schema(), ranges("fast", "5:10", "slow", "20:60:10"), Map.of());
        SweepResult few = Sweep.run("sma-cross", runner, tiny, o, new GeneticSearch(40, 50, 60, 1, p -> true), 2, null);
        assertThat(few.trials().size()).isLessThan(60);
        assertThat(few.note()).startsWith("ran " + few.trials().size() + " of the 60 trials asked for");
        if (few.trials().size() == 30) assertThat(few.note()).endsWith("the space has only 30 points");
        else assertThat(few.note()).contains("the population converged");

        SweepResult capped = Sweep.run("sma-cross", runner, wide, o, new GeneticSearch(10, 2, 60, 1, p -> true), 2, null);
        assertThat(capped.trials().size()).isLessThanOrEqualTo(20);
        assertThat(capped.note()).startsWith("ran " + capped.trials().size() + " of the 60 trials asked for after 2 generations: "
                + "the --generations limit (2) was reached");
        assertThat(SweepOutputs.summary(capped, null, 3)).containsEntry("note", capped.note());

        SweepResult random = Sweep.run("sma-cross", runner, tiny, o, new RandomSearch(60, 1, p -> true), 2, null);
        assertThat(random.trials()).hasSize(30);
        assertThat(random.note()).isEqualTo("ran 30 of the 60 trials asked for: the space has only 30 points");
    }

    @Test
    void outputsAndHeatmap(@TempDir Path dir) throws Exception {
        SweepResult r = Sweep.run("sma-cross", runner, space, Objective.of("sharpe"), new GridSearch(p -> true, 1000), 2, null);
        Overfitting o = r.overfitting(16);
        assertThat(o.deflated().trials()).isEqualTo(36);
        assertThat(o.pbo().blocks()).isEqualTo(16);
        SweepOutputs.write(dir, r, o, 5);
        Heatmap.write(dir.resolve("heatmap.png"), r, "fast", "slow");
        List<String> lines = Files.readAllLines(dir.resolve("trials.csv"));
        assertThat(lines).hasSize(37);
        assertThat(lines.get(0)).startsWith("trial,fast,slow,units,percent,objective,feasible,final_equity,");
        assertThat(Files.readAllLines(dir.resolve("best.csv"))).hasSize(6);
        assertThat(Files.readString(dir.resolve("summary.json"))).contains("\"deflated_sharpe\"", "\"pbo\"", "\"trials\" : 36");
        var img = ImageIO.read(dir.resolve("heatmap.png").toFile());
        assertThat(img.getWidth()).isGreaterThan(200);
        double[][] g = Heatmap.grid(r, "fast", "slow");
        assertThat(g).hasDimensions(6, 6);
        assertThat(g[0][0]).isEqualTo(r.trials().get(0).objective());
    }

    @Test
    void theHeatmapTitleFitsEvenForALongStrategyPathAndObjective(@TempDir Path dir) throws Exception {
        ParamSpace small = ParamSpace.of(runner.schema(), ranges("fast", "5:10:5", "slow", "20:40:20"), Map.of());
        String name = "/home/someone/strategies/research/momentum/AVeryLongStrategyNameIndeed.java";
        SweepResult r = Sweep.run(name, runner, small, Objective.of("sharpe * sqrt(trades) - max_drawdown"),
                new GridSearch(p -> true, 1000), 1, null);
        Heatmap.write(dir.resolve("heatmap.png"), r, "fast", "slow");
        var img = ImageIO.read(dir.resolve("heatmap.png").toFile());
        // the title band (and the whole image) ends in white: no text runs off the right edge
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = img.getWidth() - 8; x < img.getWidth(); x++) {
                assertThat(img.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(0xFFFFFF);
            }
        }
        int ink = 0;
        for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, 12) & 0xFFFFFF) != 0xFFFFFF) ink = x;
        assertThat(ink).as("the title is drawn across most of the width").isGreaterThan(img.getWidth() / 2);
    }

    @Test
    void spaceAndObjectiveErrorsAreOneLine() {
        assertThatThrownBy(() -> ParamSpace.of(runner.schema(), ranges("fastt", "1:5"), Map.of()))
                .isInstanceOf(UserError.class).hasMessageContaining("unknown parameter 'fastt'");
        assertThatThrownBy(() -> ParamSpace.of(runner.schema(), ranges("fast", "0:5"), Map.of()))
                .isInstanceOf(UserError.class).hasMessageContaining("fast");
        assertThatThrownBy(() -> ParamSpace.of(runner.schema(), ranges("fast", "1.5:5"), Map.of()))
                .isInstanceOf(UserError.class).hasMessageContaining("integer");
        assertThatThrownBy(() -> Objective.of("sharp", false, 0, 1, null))
                .isInstanceOf(UserError.class).hasMessageContaining("unknown name sharp");
        assertThatThrownBy(() -> Objective.of("sharpe +", false, 0, 1, null)).isInstanceOf(UserError.class);
        Dimension d = ParamSpace.of(runner.schema(), ranges("percent", "10:20"), Map.of()).dimensions().get(0);
        assertThat(d.levels()).containsExactly("10.0", "11.0", "12.0", "13.0", "14.0", "15.0", "16.0", "17.0", "18.0", "19.0", "20.0");
        assertThat(ParamSpace.of(runner.schema(), ranges("fast", "3,1,3"), Map.of()).dimensions().get(0).levels()).containsExactly("3", "1");
    }
}
