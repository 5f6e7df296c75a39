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
    void pricesRoundAgainstTheTraderBuysUpSellsDownAndATickStaysPut() {
        assertThat(fil.roundPriceAgainst(4.2531, 1)).isEqualTo(4.254);
        assertThat(fil.roundPriceAgainst(4.2539, -1)).isEqualTo(4.253);
        assertThat(fil.roundPriceAgainst(4.253, 1)).isEqualTo(4.253);
        assertThat(fil.roundPriceAgainst(4.253, -1)).isEqualTo(4.253);
        assertThat(fil.roundPriceAgainst(0.1 + 0.2, 1)).isEqualTo(0.3); // 0.30000000000000004 is on the tick
        assertThat(Instrument.spot("X").roundPriceAgainst(4.2531, 1)).isEqualTo(4.2531);
    }

    @Property
    void pricesRoundedAgainstTheTraderAreOnTheGridAndNeverBetter(@ForAll @DoubleRange(min = 0.01, max = 1e6) @net.jqwik.api.constraints.Scale(6) double price) {
        double up = fil.roundPriceAgainst(price, 1);
        double down = fil.roundPriceAgainst(price, -1);
        assertThat(up).isGreaterThanOrEqualTo(price - 1e-9 * price);
        assertThat(down).isLessThanOrEqualTo(price + 1e-9 * price);
        assertThat(up - price).isLessThan(0.001 + 1e-9);
        assertThat(price - down).isLessThan(0.001 + 1e-9);
        assertThat(up).isEqualTo(fil.roundPrice(up));
        assertThat(down).isEqualTo(fil.roundPrice(down));
    }

    @Test
    void aMarginPerContractReplacesTheRate() {
        Instrument es = new Instrument("ES", Instrument.Kind.FUTURE, 0.25, 1, 50, 0.1, 0.05, 0).withMarginPerContract(1_000, 400);
        assertThat(es.initialMargin(-3, 5_000)).isEqualTo(3_000);
        assertThat(es.maintenanceMargin(3, 5_000)).isEqualTo(1_200);
        Instrument rate = new Instrument("ES", Instrument.Kind.FUTURE, 0.25, 1, 50, 0.1, 0.05, 0);
        assertThat(rate.initialMargin(-3, 5_000)).isEqualTo(3 * 5_000 * 50 * 0.1);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> es.withMarginPerContract(100, 200));
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
