package dev.tradewind.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A curve's reader gets every point once, in order, with its final values: after a stretch's equity was written. */
class EquityCurveReaderTest {

    /** What a reader saw: "index:equity:position" per point, and the stretches it got. */
    private static final class Seen implements EquityCurve.Reader {
        final List<String> points = new ArrayList<>();
        final List<String> stretches = new ArrayList<>();

        @Override
        public void points(long[] time, double[] equity, Steps position, int from, int to) {
            stretches.add(from + ".." + to);
            for (int i = from; i < to; i++) points.add(i + ":" + equity[i] + ":" + position.at(i));
        }
    }

    @Test
    void everyPointOnceInOrderWithTheEquityWrittenAfterAppendKnown() {
        long[] times = new long[10];
        for (int i = 0; i < times.length; i++) times[i] = 100 + i;
        EquityCurve curve = new EquityCurve(10, times);
        for (int k = 0; k < 2; k++) { // a reused curve: cleared, read again
            curve.clear();
            Seen seen = new Seen();
            curve.readBy(seen);
            curve.add(100, 1, 1, 0);
            curve.add(101, 2, 1, 0);
            double[] eq = curve.appendKnown(times, 2, 6, 1, 3, 0); // hands over 0..2 first
            for (int i = 2; i < 6; i++) eq[i] = 10 + i; // the caller writes the stretch's equity after
            assertThat(seen.points).containsExactly("0:1.0:0.0", "1:2.0:0.0");
            curve.add(106, 7, 1, 0);
            curve.appendKnown(times, 7, 10, 1, 0, 0)[7] = 8; // hands over 2..7 with their equity
            eq[8] = 9;
            eq[9] = 9.5;
            curve.flush();
            curve.flush(); // nothing new
            assertThat(seen.stretches).containsExactly("0..2", "2..7", "7..10");
            assertThat(seen.points).containsExactly("0:1.0:0.0", "1:2.0:0.0", "2:12.0:3.0", "3:13.0:3.0", "4:14.0:3.0",
                    "5:15.0:3.0", "6:7.0:0.0", "7:8.0:0.0", "8:9.0:0.0", "9:9.5:0.0");
        }
    }

    @Test
    void aConstantStretchGoesOverAtOnceSayingSoOrAsPointsToAReaderThatDoesNotCare() {
        long[] times = {100, 101, 102, 103, 104};
        EquityCurve curve = new EquityCurve(5, times);
        List<String> constants = new ArrayList<>();
        Seen plain = new Seen();
        EquityCurve.Reader told = new EquityCurve.Reader() {
            @Override
            public void points(long[] time, double[] equity, Steps position, int from, int to) { plain.points(time, equity, position, from, to); }

            @Override
            public void constant(long[] time, double[] equity, Steps position, int from, int to, double value) {
                constants.add(from + ".." + to + "=" + value);
            }
        };
        for (EquityCurve.Reader reader : new EquityCurve.Reader[] {told, new Seen()}) {
            curve.clear();
            curve.readBy(reader);
            curve.add(100, 5, 5, 0);
            java.util.Arrays.fill(curve.appendKnown(times, 1, 4, 5, 0, 0), 1, 4, 5.0); // hands over 0..1 first
            curve.constant(1, 4, 5.0); // then the stretch, at once
            curve.add(104, 6, 5, 0);
            curve.flush();
            if (reader instanceof Seen s) { // the default: read as any other points
                assertThat(s.stretches).containsExactly("0..1", "1..4", "4..5");
                assertThat(s.points).containsExactly("0:5.0:0.0", "1:5.0:0.0", "2:5.0:0.0", "3:5.0:0.0", "4:6.0:0.0");
            }
        }
        assertThat(constants).containsExactly("1..4=5.0");
        assertThat(plain.stretches).containsExactly("0..1", "4..5");
        curve.clear();
        curve.appendKnown(times, 0, 2, 5, 0, 0);
        curve.add(102, 5, 5, 0);
        curve.readBy(told);
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> curve.constant(0, 2, 5.0));
    }

    @Test
    void pointsAddedOneAtATimeAreHandedOverEvery4096AndNoneAfterTheReaderIsRemoved() {
        EquityCurve curve = new EquityCurve(16); // unknown times: the columns grow
        Seen seen = new Seen();
        curve.readBy(seen);
        for (int i = 0; i < 10_000; i++) curve.add(i, i, 0, 1);
        assertThat(seen.stretches).containsExactly("0..4096", "4096..8192");
        curve.flush();
        assertThat(seen.stretches).containsExactly("0..4096", "4096..8192", "8192..10000");
        assertThat(seen.points).hasSize(10_000).last().isEqualTo("9999:9999.0:1.0");
        curve.readBy(null);
        curve.add(10_000, 1, 0, 0);
        curve.flush();
        assertThat(seen.points).hasSize(10_000);
        Seen late = new Seen();
        curve.readBy(late); // points written before are not handed over
        curve.add(10_001, 1, 0, 0);
        curve.flush();
        assertThat(late.stretches).containsExactly("10001..10002");
    }
}
