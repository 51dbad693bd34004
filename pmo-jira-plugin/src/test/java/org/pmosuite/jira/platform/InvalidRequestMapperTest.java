package org.pmosuite.jira.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.common.FieldError;
import org.pmosuite.core.common.InvalidRequestException;
import org.pmosuite.core.common.ProjectNotVisibleException;

class InvalidRequestMapperTest {

    private final I18nResolver i18n = mock(I18nResolver.class);

    InvalidRequestMapperTest() {
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> {
            Object[] args = call.getArguments();
            return args[0] + Arrays.toString(Arrays.copyOfRange(args, 1, args.length));
        });
    }

    @Test
    void answers400WithOneTranslatedMessagePerField() {
        Response response = new InvalidRequestMapper(i18n).toResponse(new InvalidRequestException(List.of(
                FieldError.of("type", "pmo.raid.error.type.unknown", "BOGUS"),
                FieldError.of("size", "pmo.raid.error.size.range", 3, 5))));

        assertThat(response.getStatus()).isEqualTo(400);
        ErrorCollection body = (ErrorCollection) response.getEntity();
        assertThat(body.errorMessages()).isEmpty();
        assertThat(body.errors())
                .containsEntry("type", "pmo.raid.error.type.unknown[BOGUS]")
                .containsEntry("size", "pmo.raid.error.size.range[3, 5]");
    }

    @Test
    void twoProblemsWithOneFieldAreBothKept() {
        Response response = new InvalidRequestMapper(i18n).toResponse(new InvalidRequestException(List.of(
                FieldError.of("project", "a"), FieldError.of("project", "b"))));

        assertThat(((ErrorCollection) response.getEntity()).errors()).containsEntry("project", "a[] b[]");
    }

    @Test
    void aProjectOutOfSightIs404WithoutSayingWhetherItExists() {
        Response response = new ProjectNotVisibleMapper(i18n).toResponse(new ProjectNotVisibleException("SECRET"));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(((ErrorCollection) response.getEntity()).errorMessages())
                .containsExactly("pmo.common.error.project.notvisible[SECRET]");
    }
}
