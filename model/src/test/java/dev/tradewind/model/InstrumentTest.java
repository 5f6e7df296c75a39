package dev.tradewind.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class InstrumentTest {
    private final Instrument fil = new Instrument("FILUSDT", Instrument.Kind.FUTURE, 0.001, 0.1, 1, 0.1);

    @Test
    void pricesRoundToTheNearestTickAndPrintCleanly() {
        assertThat(fil.roundPrice(4.2534)).isEqualTo(4.253);
        assertThat(fil.roundPrice(4.2536)).isEqualTo(4.254);
        assertThat(Double.toString(fil.roundPrice(4.253))).isEqualTo("4.253");
    }

    @Test
    void sizesRoundTowardZeroToWholeLots() {
        assertThat(fil.roundSize(0.3)).isEqualTo(0.3);
        assertThat(fil.roundSize(1.29)).isEqualTo(1.2);
        assertThat(fil.roundSize(-1.29)).isEqualTo(-1.2);
        assertThat(fil.roundSize(0.09)).isEqualTo(0.0);
    }

    @Test
    void largeLotCountsKeepTheirLastLot() {
        Instrument fine = new Instrument("X", Instrument.Kind.SPOT, 0.01, 1e-8, 1, 1);
        assertThat(fine.roundSize(1.1564084)).isEqualTo(1.1564084);
        assertThat(fine.roundSize(1.156408459)).isEqualTo(1.15640845);
    }

    @Property
    void roundedSizesAreOnTheGridAndNeverLarger(@ForAll @DoubleRange(min = 0, max = 1e6) double size) {
        double r = fil.roundSize(size);
        assertThat(r).isLessThanOrEqualTo(size + 1e-9);
        assertThat(size - r).isLessThan(0.1 + 1e-9);
        assertThat(Math.abs(r / 0.1 - Math.rint(r / 0.1))).isLessThan(1e-6);
    }

    @Property
    void roundingIsTheDecimalProductOfTheStep(@ForAll("steps") double step, @ForAll @net.jqwik.api.constraints.LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long steps) {
        Instrument grid = new Instrument("X", Instrument.Kind.SPOT, step, step, 1, 1);
        double onGrid = Instrument.decimalRound(step, steps);
        double count = Math.rint(onGrid / step);
        assertThat(Double.compare(grid.roundPrice(onGrid), Instrument.decimalRound(step, count))).as("%s ticks of %s", count, step).isZero();
        double near = onGrid + step * 0.3;
        assertThat(Double.compare(grid.roundPrice(near), Instrument.decimalRound(step, Math.rint(near / step)))).isZero();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Double> steps() {
        return net.jqwik.api.Arbitraries.of(1e-8, 1e-6, 0.00001, 0.0001, 0.0005, 0.001, 0.0025, 0.01, 0.05, 0.1, 0.125, 0.25,
                0.5, 1.0, 2.5, 5.0, 10.0, 100.0, 0.3, 0.7, 1.0 / 3);
    }
}
