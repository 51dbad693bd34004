package org.pmosuite.jira.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;

import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ViewerCalendar;
import org.springframework.stereotype.Component;

/** The viewer's today from the time zone Jira keeps for them (their profile's, else Jira's default). */
@Component
public class SalViewerCalendar implements ViewerCalendar {

    private final TimeZoneManager timeZones;

    public SalViewerCalendar(TimeZoneManager timeZones) {
        this.timeZones = timeZones;
    }

    @Override
    public LocalDate today(Actor actor) {
        return dayAt(Instant.now(), timeZones.getUserTimeZone(new UserKey(actor.userKey())));
    }

    static LocalDate dayAt(Instant instant, TimeZone zone) {
        return LocalDate.ofInstant(instant, zone == null ? TimeZone.getDefault().toZoneId() : zone.toZoneId());
    }
}
