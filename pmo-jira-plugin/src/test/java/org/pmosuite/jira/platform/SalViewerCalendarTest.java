package org.pmosuite.jira.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;

import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;

class SalViewerCalendarTest {

    private static final Instant EVENING_IN_LONDON = Instant.parse("2026-12-01T20:00:00Z");

    @Test
    void theSameInstantIsTomorrowInSydneyAndTodayInLondon() {
        assertThat(SalViewerCalendar.dayAt(EVENING_IN_LONDON, TimeZone.getTimeZone("Australia/Sydney")))
                .isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(SalViewerCalendar.dayAt(EVENING_IN_LONDON, TimeZone.getTimeZone("Europe/London")))
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void asksJiraForTheViewersOwnTimeZone() {
        TimeZoneManager zones = mock(TimeZoneManager.class);
        when(zones.getUserTimeZone(new UserKey("pm-key"))).thenReturn(TimeZone.getTimeZone("Pacific/Kiritimati"));
        when(zones.getUserTimeZone(new UserKey("other"))).thenReturn(TimeZone.getTimeZone("Pacific/Pago_Pago"));

        LocalDate ahead = new SalViewerCalendar(zones).today(new Actor("pm-key", "Pat"));
        LocalDate behind = new SalViewerCalendar(zones).today(new Actor("other", "Olu"));

        // UTC+14 and UTC-11 are always a day or two apart.
        assertThat(ahead).isAfter(behind);
    }
}
