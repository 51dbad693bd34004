package org.pmosuite.jira.platform;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.pmosuite.core.common.UserDirectory;
import org.springframework.stereotype.Component;

/** Jira's users by key, through {@link UserManager#getUserByKey}; a key of no user (or a deleted one) is left out. */
@Component
public class JiraUserDirectory implements UserDirectory {

    private final UserManager users;

    public JiraUserDirectory(UserManager users) {
        this.users = users;
    }

    @Override
    public Map<String, String> displayNames(Collection<String> userKeys) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String key : userKeys) {
            if (key == null || key.isBlank() || names.containsKey(key)) {
                continue;
            }
            ApplicationUser user = users.getUserByKey(key);
            if (user != null) {
                String name = user.getDisplayName();
                names.put(key, name == null || name.isBlank() ? key : name);
            }
        }
        return names;
    }
}
