/*
 * Run-time stand-in for com.atlassian.plugin.util.PluginKeyStack (atlassian-plugins-core, not on Maven Central),
 * which AO's EntityManager (net.java.dev.activeobjects:activeobjects:6.1.1) asks for the calling plugin's key to tag
 * its metrics. Outside Jira no plugin is calling; the answer only labels metrics nobody records.
 * Checked against: the bytecode of net.java.ao.EntityManager 6.1.1 (javap: static getFirstPluginKey():String).
 */
package com.atlassian.plugin.util;

public final class PluginKeyStack {
    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return null;
    }
}
