package org.pmosuite.jira.platform;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.user.UserKey;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.AdminAccess;
import org.pmosuite.core.common.ProjectRef;
import org.springframework.stereotype.Component;

/** Jira's own answers: SAL's administrator check, and the "Administer projects" permission of the project's scheme. */
@Component
public class JiraAdminAccess implements AdminAccess {

    private final com.atlassian.sal.api.user.UserManager salUsers;
    private final UserManager jiraUsers;
    private final PermissionManager permissionManager;
    private final ProjectManager projectManager;

    public JiraAdminAccess(com.atlassian.sal.api.user.UserManager salUsers,
            UserManager jiraUsers, PermissionManager permissionManager, ProjectManager projectManager) {
        this.salUsers = salUsers;
        this.jiraUsers = jiraUsers;
        this.permissionManager = permissionManager;
        this.projectManager = projectManager;
    }

    @Override
    public boolean isAdministrator(Actor actor) {
        return salUsers.isAdmin(new UserKey(actor.userKey()));
    }

    @Override
    public boolean administersProject(Actor actor, ProjectRef project) {
        ApplicationUser user = jiraUsers.getUserByKey(actor.userKey());
        Project jiraProject = projectManager.getProjectObj(project.id());
        return user != null && jiraProject != null
                && permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, jiraProject, user);
    }
}
