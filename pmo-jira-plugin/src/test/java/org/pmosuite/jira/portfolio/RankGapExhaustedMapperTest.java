package org.pmosuite.jira.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.portfolio.RankGapExhaustedException;
import org.pmosuite.core.portfolio.RankKey;
import org.pmosuite.jira.platform.ErrorCollection;

/** Moves into one gap until no key is left there: the REST answer is a 409 with the reason, never a 500. */
class RankGapExhaustedMapperTest {

    @Test
    void anExhaustedGapAnswers409WithTheReason() {
        RankKey above = RankKey.unmoved(20.0, 1);
        RankKey below = RankKey.unmoved(10.0, 2);
        RankGapExhaustedException exhausted = catchThrowableOfType(RankGapExhaustedException.class, () -> {
            RankKey lower = below;
            for (int move = 0; move < 100_000; move++) {
                lower = RankKey.between(above, lower);
            }
        });
        assertThat(exhausted).as("the gap runs out of keys").isNotNull();

        I18nResolver i18n = mock(I18nResolver.class);
        when(i18n.getText(RankGapExhaustedException.MESSAGE_KEY)).thenReturn("No room is left between its neighbours.");
        Response response = new RankGapExhaustedMapper(i18n).toResponse(exhausted);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((ErrorCollection) response.getEntity()).errorMessages())
                .containsExactly("No room is left between its neighbours.");
    }
}
