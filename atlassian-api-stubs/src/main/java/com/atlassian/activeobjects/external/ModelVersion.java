/*
 * Stand-in for com.atlassian.activeobjects.external.ModelVersion (final class): the schema version an upgrade task
 * brings the app's tables to. The real class compares versions as whole numbers; valueOf(null) is version 0.
 * Checked against: the class source in the AO plugin (public code: valueOf(String), compareTo, isOlderThan,
 *   isNewerThan, isSame, toString) and Jira 11 use in atlassian-labs/atlassian-slack-integration-server at 94c50dc
 *   (ProjectConfigurationUpgradeTask001.java: ModelVersion.valueOf("1")).
 * Unlike the other stubs this one has behaviour: the sandbox's upgrade runner orders tasks by it.
 */
package com.atlassian.activeobjects.external;

public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String s) {
        return new ModelVersion(s == null ? 0 : Integer.parseInt(s.trim()));
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelVersion that && that.version == version;
    }

    @Override
    public int hashCode() {
        return version;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
