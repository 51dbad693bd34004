package org.pmosuite.jira.portfolio;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.portfolio.PmoLeadAccess;
import org.springframework.stereotype.Component;

/**
 * The "PMO lead" global permission in Jira: the app's {@code <global-permission>} module, which Jira registers under
 * its module key ({@link PmoLeadAccess#PERMISSION_KEY}) and administrators grant to groups in Global permissions.
 * A user Jira does not know holds nothing.
 */
@Component
public class JiraPmoLeadAccess implements PmoLeadAccess {

    private final GlobalPermissionManager globalPermissions;
    private final UserManager users;

    public JiraPmoLeadAccess(GlobalPermissionManager globalPermissions, UserManager users) {
        this.globalPermissions = globalPermissions;
        this.users = users;
    }

    @Override
    public boolean isPmoLead(Actor actor) {
        ApplicationUser user = users.getUserByKey(actor.userKey());
        return user != null && globalPermissions.hasPermission(GlobalPermissionKey.of(PERMISSION_KEY), user);
    }
}
