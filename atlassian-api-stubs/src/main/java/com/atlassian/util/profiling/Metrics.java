/*
 * Run-time stand-in for com.atlassian.util.profiling.Metrics (atlassian-profiling, not on Maven Central), which AO's
 * EntityManager (net.java.dev.activeobjects:activeobjects:6.1.1) calls on every operation. Measures nothing.
 * Checked against: the bytecode of net.java.ao.EntityManager 6.1.1 (javap: Metrics.metric(String) returning the
 *   public static nested class Metrics$Builder, with tag(String, String), withAnalytics(), invokerPluginKey(String)
 *   and startTimer() returning Ticker).
 */
package com.atlassian.util.profiling;

public final class Metrics {

    private static final Ticker NO_TIMER = () -> { };

    private Metrics() {
    }

    public static Builder metric(String name) {
        return new Builder();
    }

    public static final class Builder {
        Builder() {
        }

        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Ticker startTimer() {
            return NO_TIMER;
        }
    }
}
