package org.pmosuite.jira.securityprobe;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test only: a resource in the app's REST package that no spec names, as a new endpoint would be before anyone
 * wrote its spec. The security harness must find it and fail naming both its methods.
 */
@Path("probe/report")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class UnspeccedReportResource {

    @GET
    public String report() {
        return "{}";
    }

    @POST
    @Path("{id}/share")
    public String share() {
        return "{}";
    }
}
