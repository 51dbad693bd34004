package org.pmosuite.jira.raid;

import com.atlassian.sal.api.message.I18nResolver;
import org.pmosuite.core.raid.RiskMatrixTexts;
import org.springframework.stereotype.Component;

/** The standard matrix's labels in the language of the request, from the app's i18n bundle. */
@Component
public class JiraRiskMatrixTexts implements RiskMatrixTexts {

    private final I18nResolver i18n;

    public JiraRiskMatrixTexts(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public String text(String messageKey) {
        return i18n.getText(messageKey);
    }
}
