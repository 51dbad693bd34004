package org.pmosuite.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

class PageDecoratorFilterTest {

    private static HttpServletRequest request(String uri) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "/jira";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void restAnswersAndDownloadsPassThroughUnbufferedSoThatExportsStream() {
        assertThat(PageDecoratorFilter.decorates(request("/jira/rest/pmo/1.0/raid/log/csv"))).isFalse();
        assertThat(PageDecoratorFilter.decorates(request("/jira/download/resources/k/js/raid/log-page.js")))
                .isFalse();
        assertThat(PageDecoratorFilter.decorates(request("/jira/plugins/servlet/pmo/raid/log"))).isTrue();
        assertThat(PageDecoratorFilter.decorates(request("/jira/browse/PAY-1"))).isTrue();
    }
}
