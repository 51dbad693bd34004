/*
 * Stub of com.atlassian.sal.api.message.I18nResolver (interface).
 * Checked against: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/message/I18nResolver.html
 *   and https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/core/message/AbstractI18nResolver.html
 * Hierarchy: getText(String) and getText(String, Serializable...) are declared directly on I18nResolver, which has
 *   no super-interface. AbstractI18nResolver is an abstract CLASS in sal-core that implements I18nResolver, so it is
 *   not reproduced here. (Newer SAL 5/6/7 pages not found; interface unchanged in these members.)
 */
package com.atlassian.sal.api.message;

import java.io.Serializable;

public interface I18nResolver {
    String getText(String key, Serializable... arguments);

    String getText(String key);
}
