package dev.tradewind.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.Times;
import dev.tradewind.strategy.ParamException;
import dev.tradewind.strategy.ParamSchema;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionTest {
    private static long t(String iso) { return Times.ofInstant(Instant.parse(iso)); }

    @Test
    void newYorkSessionFollowsDaylightSavingAndSkipsBarsOutsideIt() {
        Session s = new Session("America/New_York", 930, 1600);
        assertThat(s.advance(t("2023-03-10T14:25:00Z"))).isFalse();            // 09:25 EST: before the open
        assertThat(s.contains(t("2023-03-10T14:25:00Z"))).isFalse();
        assertThat(s.advance(t("2023-03-10T14:30:00Z"))).isTrue();             // 09:30 EST
        assertThat(s.advance(t("2023-03-10T14:35:00Z"))).isFalse();
        assertThat(s.close()).isEqualTo(t("2023-03-10T21:00:00Z"));
        assertThat(s.endsNearClose(t("2023-03-10T20:55:00Z"), 0)).isTrue();    // the 5m bar ending at 16:00
        assertThat(s.endsNearClose(t("2023-03-10T20:50:00Z"), 0)).isFalse();
        assertThat(s.endsNearClose(t("2023-03-10T20:45:00Z"), 15)).isTrue();
        assertThat(s.advance(t("2023-03-10T21:00:00Z"))).isFalse();            // after the close: no session
        assertThat(s.contains(t("2023-03-10T21:00:00Z"))).isFalse();
        assertThat(s.advance(t("2023-03-13T13:30:00Z"))).isTrue();             // Monday 09:30 EDT (clocks moved on the 12th)
        assertThat(s.open()).isEqualTo(t("2023-03-13T13:30:00Z"));
        assertThat(s.close()).isEqualTo(t("2023-03-13T20:00:00Z"));
    }

    @Test
    void aSessionEndingAtOrBeforeItsStartRunsOvernight() {
        Session day = new Session("UTC", 0, 0);
        assertThat(day.advance(t("2023-08-01T00:00:00Z"))).isTrue();
        assertThat(day.close()).isEqualTo(t("2023-08-02T00:00:00Z"));
        Session night = new Session("Asia/Tokyo", 1700, 600);                    // 08:00-21:00 UTC
        assertThat(night.advance(t("2023-08-01T07:00:00Z"))).isFalse();
        assertThat(night.advance(t("2023-08-01T08:00:00Z"))).isTrue();
        assertThat(night.close()).isEqualTo(t("2023-08-01T21:00:00Z"));
        assertThat(night.advance(t("2023-08-01T20:00:00Z"))).isFalse();
        assertThat(night.contains(t("2023-08-01T20:00:00Z"))).isTrue();
    }

    @Test
    void hourlyBarsLearnTheirLengthAndAnOpeningRangeShorterThanABarIsItsFirstBar() {
        Session s = new Session("UTC", 0, 0);
        s.advance(t("2023-07-31T23:00:00Z"));
        assertThat(s.advance(t("2023-08-01T00:00:00Z"))).isTrue();
        assertThat(s.barNanos()).isEqualTo(3600 * Times.NANOS_PER_SECOND);
        assertThat(s.startsWithin(t("2023-08-01T00:00:00Z"), 30)).isTrue();
        assertThat(s.endsAfterOpen(t("2023-08-01T00:00:00Z"), 30)).isTrue();
        assertThat(s.startsWithin(t("2023-08-01T01:00:00Z"), 30)).isFalse();
        assertThat(s.endsNearClose(t("2023-08-01T23:00:00Z"), 0)).isTrue();
        assertThat(s.endsNearClose(t("2023-08-01T22:00:00Z"), 0)).isFalse();
    }

    @Test
    void sessionTimesThatAreNotHhmmAreOneLineParameterErrors() {
        for (var type : Families.ALL.values()) {
            assertThatThrownBy(() -> ParamSchema.of(type).create(Map.of("sessionStart", "975")))
                    .isInstanceOf(ParamException.class)
                    .hasMessage("parameter 'sessionStart': expected a time HHMM (e.g. 930), got '975'");
            assertThatThrownBy(() -> ParamSchema.of(type).create(Map.of("sessionEnd", "2400")))
                    .isInstanceOf(ParamException.class).hasMessageContaining("sessionEnd");
        }
        assertThatThrownBy(() -> new Session("UTC", 960, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
