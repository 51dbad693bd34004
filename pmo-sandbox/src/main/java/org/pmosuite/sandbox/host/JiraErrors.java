package org.pmosuite.sandbox.host;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.pmosuite.jira.platform.ErrorCollection;

/** Answers the host itself gives (outside Jersey) in Jira's REST error body, the plugin's {@link ErrorCollection}. */
final class JiraErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JiraErrors() {
    }

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getWriter(), ErrorCollection.of(message));
    }
}
