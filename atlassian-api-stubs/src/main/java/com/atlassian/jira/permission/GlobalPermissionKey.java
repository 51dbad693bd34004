/*
 * Stub of com.atlassian.jira.permission.GlobalPermissionKey (final class): the key of a global permission.
 * Checked against:
 *   - https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/GlobalPermissionKey.html (Jira 7.x):
 *     `public final class GlobalPermissionKey extends Object`; "create a new GlobalPermissionKey with the static
 *     initializer eg: GlobalPermissionKey.of("foo")" - `static GlobalPermissionKey of(String key)`, `String getKey()`,
 *     and equals/hashCode (so two keys of one string are equal);
 *   - the type on Jira 11: atlassian-labs/atlassian-slack-integration-server at 94c50dc imports it and passes
 *     `GlobalPermissionKey.ADMINISTER` to GlobalPermissionManager.hasPermission (web/rest/IssuePanelResource.java:5,
 *     :157); ADMINISTER is not stubbed, the app does not use it;
 *   - how an app's own permission is keyed: Jira's GlobalPermissionTypesManagerImpl (public Jira source mirror,
 *     com.atlassian.jira.security.plugin) registers each <global-permission> module under
 *     `moduleDescriptor.getKey()`, the module key without the plugin key, and looks permissions up by
 *     `permissionKey.getKey()`; so GlobalPermissionKey.of("<module key>") names an app's permission.
 * unverified: of(String) and getKey() on Jira 10/11.
 * Deviation: the stub implements the value semantics (the real ones are Jira's), so that tests can compare keys.
 */
package com.atlassian.jira.permission;

import java.util.Objects;

public final class GlobalPermissionKey {
    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static GlobalPermissionKey of(String key) {
        return new GlobalPermissionKey(key);
    }

    public String getKey() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GlobalPermissionKey that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
