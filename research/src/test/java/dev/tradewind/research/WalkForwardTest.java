package dev.tradewind.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WalkForwardTest {
    private static final long DAY = 86_400_000_000_000L;

    @Test
    void rollingAndAnchoredWindows() {
        StrategyRunner r = Fixtures.spx("sma-cross");
        List<WalkForward.Window> rolling = WalkForward.windows(r.data().bars(), new WalkForward.Plan(2000, 500, 500, false, true));
        assertThat(rolling).hasSize(7); // trains end at 2000, 2500, ..., 5000 < 5105
        assertThat(rolling.get(1)).isEqualTo(new WalkForward.Window(2, 500, 2500, 2500, 3000));
        assertThat(rolling.get(6).testTo()).isEqualTo(5105);
        List<WalkForward.Window> anchored = WalkForward.windows(r.data().bars(), new WalkForward.Plan(2000, 500, 500, true, true));
        assertThat(anchored).allMatch(w -> w.trainFrom() == 0);
        List<WalkForward.Window> byTime = WalkForward.windows(r.data().bars(), new WalkForward.Plan(1500 * DAY, 365 * DAY, 365 * DAY, false, false));
        for (int i = 1; i < byTime.size(); i++) assertThat(byTime.get(i).testFrom()).isEqualTo(byTime.get(i - 1).testTo());
    }

    @Test
    void optimizesInSampleAndStitchesOutOfSample() {
        StrategyRunner r = Fixtures.spx("sma-cross");
        ParamSpace space = ParamSpace.of(r.schema(), SweepTest.ranges("fast", "5:25:10", "slow", "50:150:50"), Map.of());
        Objective o = Objective.of("sharpe");
        WalkForward.Plan plan = new WalkForward.Plan(2000, 1000, 1000, false, true);
        WalkForward.Result w = WalkForward.run(r, space, o, x -> new GridSearch(p -> true, 100), plan, 2, null);
        assertThat(w.steps()).hasSize(4);
        assertThat(w.trials()).isEqualTo(4 * 9);
        assertThat(w.time()).hasSize(5105 - 2000);
        assertThat(w.time()[0]).isEqualTo(r.data().bars().time()[2000]);
        for (int i = 1; i < w.time().length; i++) assertThat(w.time()[i]).isGreaterThan(w.time()[i - 1]);
        assertThat(WalkForward.path(w)).hasSize(4);

        // window 1: the chosen set is the in-sample best, and its out-of-sample equity is a plain run from the warm-up
        WalkForward.Step s = w.steps().get(0);
        StrategyRunner train = r.on(r.data().slice(0, 2000));
        SweepResult is = Sweep.run("", train, space, o, new GridSearch(p -> true, 100), 1, null);
        assertThat(s.chosen().params()).isEqualTo(is.best(1).get(0).params());
        int warmup = train.run(s.chosen().params()).result().warmup();
        var direct = r.on(r.data().slice(2000 - warmup, 3000)).run(s.chosen().params());
        assertThat(w.equity()[999]).isCloseTo(direct.result().equity()[warmup + 999], within(1e-9));
        // window 2 starts from window 1's final equity
        assertThat(w.steps().get(0).outOfSample().finalEquity()).isCloseTo(w.equity()[999], within(1e-9));
        assertThat(w.statistics().finalEquity()).isCloseTo(w.equity()[w.equity().length - 1], within(1e-9));
        assertThat(w.efficiency()).isFinite();
    }
}
