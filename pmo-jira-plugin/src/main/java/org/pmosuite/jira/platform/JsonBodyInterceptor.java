package org.pmosuite.jira.platform;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;

/**
 * A request body that is not JSON, or whose JSON does not fit the resource (a string where a list belongs, nesting
 * deeper than the parser allows), answers 400 in Jira's error shape, naming the member when the parser says which,
 * instead of the JSON provider's plain-text message. Nothing is read from a body that fails, so nothing changes.
 *
 * <p>Jackson's exceptions are read reflectively ({@code getPath()}, {@code getLocation()}): the app does not import
 * Jackson's databind packages, which Jira may stop exporting.
 */
@Provider
public class JsonBodyInterceptor implements ReaderInterceptor {

    static final String BODY = "body";

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (IOException e) {
            throw new InvalidRequestException(List.of(problem(e)));
        }
    }

    static FieldError problem(IOException e) {
        String member = member(e);
        String location = location(e);
        if (member != null) {
            return FieldError.of(member, "pmo.common.error.body.member", member);
        }
        return location == null ? FieldError.of(BODY, "pmo.common.error.body.json")
                : FieldError.of(BODY, "pmo.common.error.body.json.at", location);
    }

    /** The member the parser was binding, such as {@code bands[1].minScore}; null when it names none. */
    private static String member(IOException e) {
        Object path = call(e, "getPath");
        if (!(path instanceof List<?> references) || references.isEmpty()) {
            return null;
        }
        StringBuilder member = new StringBuilder();
        for (Object reference : references) {
            Object field = call(reference, "getFieldName");
            Object index = call(reference, "getIndex");
            if (field instanceof String name) {
                member.append(member.length() == 0 ? "" : ".").append(name);
            } else if (index instanceof Integer i && i >= 0) {
                member.append('[').append(i).append(']');
            }
        }
        return member.length() == 0 ? null : member.toString();
    }

    /** "line 1, column 12" as the parser reports where it stopped; null when it does not. */
    private static String location(IOException e) {
        Object location = call(e, "getLocation");
        Object line = location == null ? null : call(location, "getLineNr");
        Object column = location == null ? null : call(location, "getColumnNr");
        return line instanceof Integer l && column instanceof Integer c && l > 0 && c > 0 ? l + ":" + c : null;
    }

    private static Object call(Object target, String accessor) {
        try {
            Method method = target.getClass().getMethod(accessor);
            return method.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
