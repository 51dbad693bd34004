package org.pmosuite.jira.websudoprobe;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test only: {@code @WebSudoRequired} on the class covers every method. */
@Path("websudo-probe-class")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
@WebSudoRequired
public class WebSudoProbeClassResource {

    @GET
    public String get() {
        return "{\"admin\":true}";
    }
}
