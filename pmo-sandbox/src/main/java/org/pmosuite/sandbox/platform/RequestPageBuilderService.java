package org.pmosuite.sandbox.platform;

import java.util.function.Predicate;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

/**
 * Collects the web resources a page requires during the request; the page decorator then writes their tags.
 * Requiring a web resource the descriptor does not declare fails at once, so a typo is caught here and not in Jira.
 */
public final class RequestPageBuilderService implements PageBuilderService {

    private final RequestScope requestScope;
    private final Predicate<String> declared;

    /**
     * @param declared whether a complete key ({@code pluginKey:moduleKey}) names a known web resource
     */
    public RequestPageBuilderService(RequestScope requestScope, Predicate<String> declared) {
        this.requestScope = requestScope;
        this.declared = declared;
    }

    @Override
    public WebResourceAssembler assembler() {
        return () -> new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                if (!declared.test(moduleCompleteKey)) {
                    throw new IllegalArgumentException("No web-resource module " + moduleCompleteKey
                            + " is declared in atlassian-plugin.xml");
                }
                requestScope.requireWebResource(moduleCompleteKey);
                return this;
            }
        };
    }
}
