package org.pmosuite.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.portfolio.Initiative;
import org.pmosuite.core.portfolio.InitiativeNotEditableException;
import org.pmosuite.core.portfolio.InitiativeNotFoundException;
import org.pmosuite.core.portfolio.InitiativeSource;
import org.pmosuite.core.portfolio.PortfolioScope;
import org.pmosuite.core.portfolio.scoring.ScoringInput;

/**
 * What the sandbox's adapter does beyond the contract: pages of a large scope, its JQL subset (and the error for
 * everything else), issue types matched whatever their case, and the messages of its errors.
 */
class JdbcInitiativeSourceTest {

    private static final Actor READER = new Actor("reader", "Reader");
    private static final int INITIATIVES = 2_500;
    /** Every seventh issue is a story, between the initiatives, so the ids have gaps. */
    private static final int STORY_EVERY = 7;

    @TempDir
    static Path directory;
    static SandboxDatabase database;
    static InitiativeSource source;

    @BeforeAll
    static void storeTwoThousandFiveHundredInitiatives() throws Exception {
        database = SandboxDatabase.open(directory);
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            update(connection, "INSERT INTO sandbox_user (user_key, display_name, email, licensed, is_admin, "
                    + "is_system_admin, browses_all) VALUES ('reader', 'Reader', 'r@example.com', TRUE, FALSE, FALSE, "
                    + "FALSE)");
            for (int project = 1; project <= 3; project++) {
                update(connection, "INSERT INTO project VALUES (?, ?, ?, 'reader')", project, "P" + project,
                        "Project " + project);
                update(connection, "INSERT INTO project_permission VALUES ('reader', ?)", project);
                update(connection, "INSERT INTO project_edit_permission VALUES ('reader', ?)", project);
            }
            for (String type : List.of("Initiative", "Epic", "Story")) {
                update(connection, "INSERT INTO issue_type (name) VALUES (?)", type);
            }
            Timestamp created = Timestamp.valueOf("2025-01-01 09:00:00");
            String[] statuses = {"To Do", "In Progress", "Done"};
            String[] themes = {"Compliance", "Platform", "Cost to serve", null};
            try (PreparedStatement issue = connection.prepareStatement("INSERT INTO issue (id, project_id, "
                    + "issue_num, issue_type, summary, status, status_category, created, updated) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 'new', ?, ?)");
                 PreparedStatement fields = connection.prepareStatement(
                         "INSERT INTO initiative_field (issue_id, theme, moscow) VALUES (?, ?, 4)")) {
                int initiatives = 0;
                for (long id = 1; initiatives < INITIATIVES; id++) {
                    boolean story = id % STORY_EVERY == 0;
                    issue.setLong(1, id);
                    issue.setLong(2, 1 + id % 3);
                    issue.setLong(3, id);
                    issue.setString(4, story ? "Story" : id % 5 == 0 ? "Epic" : "Initiative");
                    issue.setString(5, "Item " + id);
                    issue.setString(6, statuses[(int) (id % 3)]);
                    issue.setTimestamp(7, created);
                    issue.setTimestamp(8, created);
                    issue.addBatch();
                    if (!story) {
                        initiatives++;
                        fields.setLong(1, id);
                        fields.setString(2, themes[(int) (id % 4)]);
                        fields.addBatch();
                    }
                }
                issue.executeBatch();
                fields.executeBatch();
            }
            database.createIndexes(connection);
            connection.commit();
        }
        source = new JdbcInitiativeSource(database, Clock.fixed(Instant.parse("2025-03-10T10:00:00Z"),
                ZoneOffset.UTC));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void aScopeOfTwoThousandFiveHundredInitiativesIsReadInThreePagesOfAtMostAThousandWithoutDuplicates() {
        PortfolioScope scope = scope(null);
        List<Integer> sizes = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        long after = 0;
        long last = 0;
        List<Initiative> page = source.page(READER, scope, after, InitiativeSource.MAX_PAGE);
        while (!page.isEmpty()) {
            sizes.add(page.size());
            for (Initiative initiative : page) {
                assertThat(seen.add(initiative.issueId())).as("read once: %s", initiative.issueKey()).isTrue();
                assertThat(initiative.issueId()).as("in id order").isGreaterThan(last);
                last = initiative.issueId();
            }
            after = page.get(page.size() - 1).issueId();
            page = source.page(READER, scope, after, InitiativeSource.MAX_PAGE);
        }

        assertThat(sizes).containsExactly(1_000, 1_000, 500);
        assertThat(seen).hasSize(INITIATIVES);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "status = \"In Progress\"                                  | In Progress |",
        "STATUS = 'in progress'                                    | In Progress |",
        "status in (Done, \"To Do\")                                | Done;To Do  |",
        "status IN(done)                                           | Done        |",
        "theme = Compliance                                        |             | Compliance",
        "theme in (\"Cost to serve\", platform) and status = Done  | Done        | Cost to serve;Platform",
        "Theme = \"Compliance\" AND theme = 'Platform'             |             | none",
        "status = \"No such status\"                               | none        |",
    })
    void runsItsJqlSubset(String jql, String statuses, String themes) {
        PortfolioScope scope = scope(jql);
        assertThat(source.checkScope(READER, scope)).isEmpty();

        List<Initiative> read = readAll(scope);

        List<Initiative> expected = readAll(scope(null)).stream().filter(i -> statuses == null || List.of(statuses.split(";"))
                .contains(i.status())).filter(i -> themes == null || (i.theme() != null
                        && List.of(themes.split(";")).contains(i.theme()))).toList();
        assertThat(read).isEqualTo(expected);
        if (!"none".equals(statuses) && !"none".equals(themes)) {
            assertThat(read).isNotEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "status = Done OR status = \"To Do\"      | OR status = \"To Do\"",
        "status != Done                          | != Done",
        "project = P1                            | project = P1",
        "status = Done ORDER BY rank             | ORDER BY rank",
        "(status = Done)                         | (status = Done)",
        "status = Done AND                       | status = Done AND",
        "status in (Done, )                      | )",
        "status = and                            | and",
        "status = \"Done                         | \"Done",
        "status ~ Done                           | ~ Done",
        "NOT status = Done                       | NOT status = Done",
        "status = currentUser()                  | ()",
        "theme is EMPTY                          | is EMPTY",
    })
    void refusesEverythingElseNamingWhereItStopped(String jql, String rest) {
        List<FieldError> errors = source.checkScope(READER, scope(jql));

        assertThat(errors).containsExactly(FieldError.of(JdbcInitiativeSource.JQL_FIELD,
                JdbcInitiativeSource.JQL_UNSUPPORTED, rest));
        assertThatThrownBy(() -> source.page(READER, scope(jql), 0, 10)).isInstanceOf(InvalidRequestException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"initiative", " EPIC "})
    void matchesIssueTypesWhateverTheirCase(String type) {
        PortfolioScope scope = new PortfolioScope(Set.of("P1", "P2", "P3"), Set.of(type), null);

        assertThat(source.checkScope(READER, scope)).isEmpty();
        assertThat(source.page(READER, scope, 0, 10)).hasSize(10);
    }

    @Test
    void namesEveryUnknownIssueTypeInOneError() {
        PortfolioScope scope = new PortfolioScope(Set.of("P1"), Set.of("Theme", "Initiative", "Feature"), null);

        assertThat(source.checkScope(READER, scope)).containsExactly(FieldError.of(
                JdbcInitiativeSource.ISSUE_TYPES_FIELD, JdbcInitiativeSource.ISSUE_TYPE_UNKNOWN, "Feature, Theme"));
    }

    @Test
    void aReaderWithoutEditIssuesMaySeeButNotWrite() throws Exception {
        try (Connection connection = database.connection()) {
            update(connection, "DELETE FROM project_edit_permission WHERE project_id = 2");
        }
        try {
            Initiative inTwo = source.page(READER, new PortfolioScope(Set.of("P2"), Set.of("Initiative"), null), 0, 1)
                    .get(0);
            assertThatThrownBy(() -> source.updateInputs(READER, scope(null), inTwo.issueKey(),
                    inTwo.inputs(), Set.of())).isInstanceOf(InitiativeNotEditableException.class);
            assertThatThrownBy(() -> source.updateInputs(new Actor("stranger", null), scope(null),
                    inTwo.issueKey(), inTwo.inputs(), Set.of())).isInstanceOf(InitiativeNotFoundException.class);
        } finally {
            try (Connection connection = database.connection()) {
                update(connection, "INSERT INTO project_edit_permission VALUES ('reader', 2)");
            }
        }
    }

    /** The page's columns list the inputs in their enum's order, which is how they are read back. */
    @Test
    void readsEachInputFromItsOwnColumn() throws Exception {
        Initiative first = source.page(READER, scope(null), 0, 1).get(0);
        for (ScoringInput input : ScoringInput.values()) {
            try (Connection connection = database.connection()) {
                update(connection, "UPDATE initiative_field SET " + JdbcInitiativeSource.column(input)
                        + " = ? WHERE issue_id = ?", 1000 + input.ordinal(), first.issueId());
            }
        }
        Initiative read = source.page(READER, scope(null), 0, 1).get(0);
        for (ScoringInput input : ScoringInput.values()) {
            assertThat(read.inputs().get(input)).as(input.name()).hasValue(1000 + input.ordinal());
        }
    }

    /** The bundle has the adapter's messages, and each formats with its argument (quotes escaped as ''). */
    @Test
    void theMessagesOfItsErrorsAreInTheBundle() throws Exception {
        Properties bundle = new Properties();
        try (var in = JdbcInitiativeSourceTest.class.getResourceAsStream("/i18n/pmo.properties")) {
            assertThat(in).as("the plugin's bundle on the class path").isNotNull();
            bundle.load(in);
        }
        for (String key : List.of(JdbcInitiativeSource.ISSUE_TYPE_UNKNOWN, JdbcInitiativeSource.JQL_UNSUPPORTED,
                InitiativeNotEditableException.MESSAGE_KEY, InitiativeNotFoundException.MESSAGE_KEY)) {
            String text = bundle.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            assertThat(new MessageFormat(text, Locale.ENGLISH).format(new Object[] {"X-1"})).as(key)
                    .contains("X-1").doesNotContain("{0}");
        }
    }

    /** Every initiative of the scope, page by page. */
    private static List<Initiative> readAll(PortfolioScope scope) {
        List<Initiative> all = new ArrayList<>();
        List<Initiative> page = source.page(READER, scope, 0, InitiativeSource.MAX_PAGE);
        while (!page.isEmpty()) {
            all.addAll(page);
            page = source.page(READER, scope, page.get(page.size() - 1).issueId(), InitiativeSource.MAX_PAGE);
        }
        return all;
    }

    private static PortfolioScope scope(String jql) {
        return new PortfolioScope(Set.of("P1", "P2", "P3"), Set.of("Initiative", "Epic"), jql);
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
