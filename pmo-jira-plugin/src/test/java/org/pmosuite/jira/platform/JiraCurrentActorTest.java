package org.pmosuite.jira.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;

class JiraCurrentActorTest {

    private final JiraAuthenticationContext context = mock(JiraAuthenticationContext.class);

    @Test
    void theLoggedInUserIsTheActor() {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn("JIRAUSER10100");
        when(user.getDisplayName()).thenReturn("Priya Sharma");
        when(context.getLoggedInUser()).thenReturn(user);

        assertThat(new JiraCurrentActor(context).get()).contains(new Actor("JIRAUSER10100", "Priya Sharma"));
    }

    @Test
    void anonymousMeansNoActor() {
        assertThat(new JiraCurrentActor(context).get()).isEmpty();
    }
}
