package org.pmosuite.jira.raid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.List;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.raid.RaidFieldsNotConfiguredException;
import org.pmosuite.jira.platform.ErrorCollection;

class RaidFieldsNotConfiguredMapperTest {

    @Test
    void missingRaidFieldsAnswer409NamingThemNeverAnEmptyMap() {
        I18nResolver i18n = mock(I18nResolver.class);
        when(i18n.getText(RaidFieldsNotConfiguredException.MESSAGE_KEY,
                new Serializable[] {"RAID Probability, RAID Impact"}))
                .thenReturn("These custom fields are not set up: RAID Probability, RAID Impact.");

        Response response = new RaidFieldsNotConfiguredMapper(i18n).toResponse(
                new RaidFieldsNotConfiguredException(List.of("RAID Probability", "RAID Impact")));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(((ErrorCollection) response.getEntity()).errorMessages())
                .containsExactly("These custom fields are not set up: RAID Probability, RAID Impact.");
    }
}
