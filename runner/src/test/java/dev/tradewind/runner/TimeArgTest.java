package dev.tradewind.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.UserError;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeArgTest {
    @Test
    void datesAndDateTimesInTheZone() {
        assertThat(TimeArg.parse("2023-08-15", ZoneId.of("UTC"), "--from")).isEqualTo(1_692_057_600_000_000_000L);
        assertThat(TimeArg.parse("2023-08-15T02:00", ZoneId.of("Europe/Berlin"), "--from")).isEqualTo(1_692_057_600_000_000_000L);
        assertThat(TimeArg.parse("2023-08-15T00:00:00Z", ZoneId.of("Asia/Tokyo"), "--from")).isEqualTo(1_692_057_600_000_000_000L);
    }

    @Test
    void timesBeyondEpochNanosecondsAreRefusedNotWrapped() {
        assertThatThrownBy(() -> TimeArg.parse("2300-01-01", ZoneId.of("UTC"), "--from"))
                .isInstanceOf(UserError.class).hasMessage("--from: 2300-01-01 is outside the times Tradewind can hold (1678 to 2261)");
        assertThatThrownBy(() -> TimeArg.parse("15/08/2023", ZoneId.of("UTC"), "--to")).isInstanceOf(UserError.class)
                .hasMessageStartingWith("--to: expected a date like 2023-08-15");
    }
}
