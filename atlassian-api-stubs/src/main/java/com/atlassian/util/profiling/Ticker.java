/*
 * Run-time stand-in for com.atlassian.util.profiling.Ticker (atlassian-profiling, not on Maven Central), which AO's
 * EntityManager (net.java.dev.activeobjects:activeobjects:6.1.1) times its calls with. The app never names it.
 * Checked against: the bytecode of net.java.ao.EntityManager 6.1.1 (javap: invokeinterface Ticker.close:()V).
 */
package com.atlassian.util.profiling;

public interface Ticker extends AutoCloseable {
    @Override
    void close();
}
