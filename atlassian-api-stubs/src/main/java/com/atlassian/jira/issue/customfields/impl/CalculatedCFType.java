/*
 * Stub of com.atlassian.jira.issue.customfields.impl.CalculatedCFType<T, S> (@PublicSpi abstract class, extends
 * AbstractCustomFieldType<T, S>): a field type whose value is computed from the issue, never stored; Jira indexes
 * what getValueFromIssue answers when it indexes the issue.
 * Checked against: JSW 10.6 javadoc, RankCFType extends CalculatedCFType
 *   (https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/customfield/rank/RankCFType.html);
 *   Jira 7.x javadoc (https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/customfields/impl/CalculatedCFType
 *   .html): implicit no-argument constructor, abstract getValueFromIssue(CustomField, Issue),
 *   getStringFromSingularObject(S), getSingularObjectFromString(String).
 * unverified: on Jira 11 (no 11.x subclass seen); 10.6 is the newest evidence.
 */
package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;

public abstract class CalculatedCFType<T, S> extends AbstractCustomFieldType<T, S> {

    public abstract T getValueFromIssue(CustomField field, Issue issue);
}
