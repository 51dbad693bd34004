package org.pmosuite.jira.websudoprobe;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test only: lives in the app's REST package so that the sandbox's REST module scans it, and carries
 * {@code @WebSudoRequired} on one method.
 */
@Path("websudo-probe")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class WebSudoProbeResource {

    @GET
    @Path("admin")
    @WebSudoRequired
    public String admin() {
        return "{\"admin\":true}";
    }

    @GET
    @Path("open")
    public String open() {
        return "{\"admin\":false}";
    }
}
