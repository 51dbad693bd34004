package org.pmosuite.jira.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectRef;

class JiraProjectAccessTest {

    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private final JiraProjectAccess access = new JiraProjectAccess(permissions, users);

    @Test
    void listsTheProjectsJiraLetsTheUserBrowseSortedByKey() {
        ApplicationUser user = mock(ApplicationUser.class);
        when(users.getUserByKey("pm")).thenReturn(user);
        List<Project> projects = List.of(project(10001L, "PAY", "Payments"), project(10000L, "HR", "People"));
        when(permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, user)).thenReturn(projects);

        assertThat(access.browsableProjects(new Actor("pm", "Pat")))
                .containsExactly(new ProjectRef(10000L, "HR", "People"), new ProjectRef(10001L, "PAY", "Payments"));
    }

    @Test
    void anUnknownUserMayBrowseNothing() {
        assertThat(access.browsableProjects(new Actor("gone", null))).isEmpty();
        verify(permissions, never()).getProjects(any(), any());
    }

    private static Project project(long id, String key, String name) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        when(project.getName()).thenReturn(name);
        return project;
    }
}
