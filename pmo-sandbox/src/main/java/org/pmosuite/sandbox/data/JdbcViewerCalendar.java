package org.pmosuite.sandbox.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ViewerCalendar;

/** The viewer's today from the time zone of their sandbox profile; UTC for an unknown user or zone. */
public final class JdbcViewerCalendar implements ViewerCalendar {

    private final SandboxDatabase database;
    private final Clock clock;

    public JdbcViewerCalendar(SandboxDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public LocalDate today(Actor actor) {
        return LocalDate.now(clock.withZone(zone(actor.userKey())));
    }

    private ZoneId zone(String userKey) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT time_zone FROM sandbox_user WHERE user_key = ?")) {
            select.setString(1, userKey);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? ZoneId.of(rows.getString(1)) : ZoneOffset.UTC;
            }
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the time zone of " + userKey, e);
        }
    }
}
