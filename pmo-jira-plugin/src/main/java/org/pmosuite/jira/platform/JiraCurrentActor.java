package org.pmosuite.jira.platform;

import java.util.Optional;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import org.pmosuite.core.common.Actor;
import org.pmosuite.core.common.CurrentActor;
import org.springframework.stereotype.Component;

/** The logged-in Jira user of the current request. */
@Component
public class JiraCurrentActor implements CurrentActor {

    private final JiraAuthenticationContext authenticationContext;

    public JiraCurrentActor(JiraAuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Optional<Actor> get() {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        return user == null ? Optional.empty() : Optional.of(new Actor(user.getKey(), user.getDisplayName()));
    }
}
