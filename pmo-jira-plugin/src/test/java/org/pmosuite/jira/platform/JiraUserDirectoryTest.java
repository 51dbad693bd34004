package org.pmosuite.jira.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.Map;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.jupiter.api.Test;

class JiraUserDirectoryTest {

    private final UserManager users = mock(UserManager.class);
    private final JiraUserDirectory directory = new JiraUserDirectory(users);

    @Test
    void namesTheUsersJiraKnowsAndLeavesOutEveryOtherKey() {
        ApplicationUser pat = user("JIRAUSER10100", "Pat Manager");
        ApplicationUser nameless = user("JIRAUSER10200", " ");
        when(users.getUserByKey("JIRAUSER10100")).thenReturn(pat);
        when(users.getUserByKey("JIRAUSER10200")).thenReturn(nameless);

        assertThat(directory.displayNames(Arrays.asList("JIRAUSER10100", "gone", null, " ", "JIRAUSER10200",
                "JIRAUSER10100")))
                .containsExactly(Map.entry("JIRAUSER10100", "Pat Manager"),
                        Map.entry("JIRAUSER10200", "JIRAUSER10200"));
    }

    private static ApplicationUser user(String key, String displayName) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(displayName);
        return user;
    }
}
