package org.pmosuite.jira.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.portfolio.PmoLeadAccess;

class JiraPmoLeadAccessTest {

    private final GlobalPermissionManager globalPermissions = mock(GlobalPermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private final JiraPmoLeadAccess access = new JiraPmoLeadAccess(globalPermissions, users);

    @Test
    void aPmoLeadIsWhoeverJiraGrantsTheAppsGlobalPermissionByItsModuleKey() {
        ApplicationUser lead = mock(ApplicationUser.class);
        ApplicationUser member = mock(ApplicationUser.class);
        when(users.getUserByKey("lead-key")).thenReturn(lead);
        when(users.getUserByKey("member-key")).thenReturn(member);
        when(globalPermissions.hasPermission(GlobalPermissionKey.of("pmo-lead"), lead)).thenReturn(true);

        assertThat(access.isPmoLead(new Actor("lead-key", "Lee"))).isTrue();
        assertThat(access.isPmoLead(new Actor("member-key", "Mo"))).isFalse();
        assertThat(PmoLeadAccess.PERMISSION_KEY).isEqualTo("pmo-lead");
    }

    @Test
    void aUserJiraDoesNotKnowHoldsNothingAndJiraIsNotAsked() {
        assertThat(access.isPmoLead(new Actor("gone-key", "Gone"))).isFalse();
        verify(globalPermissions, never()).hasPermission(any(), any());
    }
}
