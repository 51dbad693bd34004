/*
 * Stub of com.atlassian.jira.web.bean.PagerFilter<T> (class): which page of a search to answer.
 * Checked against: the Jira source of PagerFilter (public PagerFilter(int start, int max); int getStart(),
 *   int getMax()); Jira 7.x javadoc (https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/web/bean/PagerFilter.html).
 *   getUnlimitedFilter() is deliberately not stubbed: Jira 11's search window is 10,000 results and Jira 12 removes it.
 * unverified: on Jira 10/11.
 */
package com.atlassian.jira.web.bean;

public class PagerFilter<T> {
    private final int start;
    private final int max;

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
