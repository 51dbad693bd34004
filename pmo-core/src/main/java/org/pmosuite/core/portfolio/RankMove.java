package org.pmosuite.core.portfolio;

/**
 * A PMO lead's move of one initiative between two others, as the board showed them.
 *
 * @param issueKey            the initiative moved
 * @param aboveKey            the initiative that is to rank directly above it, or null to move to the top
 * @param belowKey            the initiative that is to rank directly below it, or null to move to the bottom
 * @param reason              why, as typed; may be empty
 * @param expectedRankVersion the rank version of the board the move was made on
 */
public record RankMove(String issueKey, String aboveKey, String belowKey, String reason, long expectedRankVersion) {
}
