package org.pmosuite.jira.platform;

import java.util.Comparator;
import java.util.List;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.ProjectAccess;
import org.pmosuite.core.common.ProjectRef;
import org.springframework.stereotype.Component;

/** Jira's own answer to "which projects may this user browse", from the permission schemes. */
@Component
public class JiraProjectAccess implements ProjectAccess {

    private final PermissionManager permissionManager;
    private final UserManager userManager;

    public JiraProjectAccess(PermissionManager permissionManager, UserManager userManager) {
        this.permissionManager = permissionManager;
        this.userManager = userManager;
    }

    @Override
    public List<ProjectRef> browsableProjects(Actor actor) {
        ApplicationUser user = userManager.getUserByKey(actor.userKey());
        if (user == null) {
            return List.of();
        }
        return permissionManager.getProjects(ProjectPermissions.BROWSE_PROJECTS, user).stream()
                .map(project -> new ProjectRef(project.getId(), project.getKey(), project.getName()))
                .sorted(Comparator.comparing(ProjectRef::key))
                .toList();
    }
}
