package org.pmosuite.jira.platform;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;

/** Translates the domain's message keys at the edge. */
public final class Messages {

    private Messages() {
    }

    public static String text(I18nResolver i18n, FieldError error) {
        // Numbers stay numbers, for the patterns that format them ({0,number}); everything else is shown as text.
        Serializable[] arguments = error.arguments().stream()
                .map(argument -> argument instanceof Number number ? (Serializable) number : String.valueOf(argument))
                .toArray(Serializable[]::new);
        return i18n.getText(error.messageKey(), arguments);
    }

    /** Per-field messages; two problems with one field are joined, so neither is lost. */
    public static ErrorCollection errors(I18nResolver i18n, InvalidRequestException exception) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : exception.errors()) {
            byField.merge(error.field(), text(i18n, error), (first, second) -> first + " " + second);
        }
        return new ErrorCollection(List.of(), byField);
    }
}
