package io.serviceculture.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.common.ConflictException;
import io.serviceculture.core.common.DomainException;
import io.serviceculture.core.common.InvalidInputException;
import java.io.Serializable;
import javax.ws.rs.core.Response;
import org.junit.Test;

public class ErrorResponsesTest {
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final ErrorResponses errors = new ErrorResponses(i18n);

    @Test
    public void answersAConflictWith409AndTheMessageInTheCallersLanguage() {
        when(i18n.getText(eq("service-culture.kudos.error.allowance.exceeded"), eq(new Serializable[] {"10"})))
                .thenReturn("Sie haben alle 10 Kudos dieser Woche vergeben.");

        Response response = errors.of(new ConflictException("service-culture.kudos.error.allowance.exceeded", 10));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getEntity())
                .isEqualTo(ErrorJson.of(
                        "service-culture.kudos.error.allowance.exceeded",
                        "Sie haben alle 10 Kudos dieser Woche vergeben.",
                        null));
    }

    @Test
    public void namesTheFieldAnInvalidInputIsAbout() {
        when(i18n.getText(eq("service-culture.kudos.error.self"), eq(new Serializable[0])))
                .thenReturn("You cannot give kudos to yourself.");

        Response response = errors.of(InvalidInputException.onField("receivers", "service-culture.kudos.error.self"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((ErrorJson) response.getEntity()).errors())
                .singleElement()
                .extracting(ErrorJson.Item::field)
                .isEqualTo("receivers");
    }

    @Test
    public void listsEveryProblemOfAnInputWithSeveralProblems() {
        when(i18n.getText(
                        eq("service-culture.standards.calendar.import.error.date"), eq(new Serializable[] {"2", "x"})))
                .thenReturn("Line 2: x is not a date.");
        when(i18n.getText(eq("service-culture.standards.calendar.import.error.empty"), eq(new Serializable[0])))
                .thenReturn("The file holds no holidays.");

        Response response = errors.of(InvalidInputException.all(java.util.List.of(
                InvalidInputException.onField("file", "service-culture.standards.calendar.import.error.date", 2, "x"),
                InvalidInputException.onField("file", "service-culture.standards.calendar.import.error.empty"))));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((ErrorJson) response.getEntity()).errors())
                .extracting(ErrorJson.Item::message, ErrorJson.Item::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Line 2: x is not a date.", "file"),
                        org.assertj.core.groups.Tuple.tuple("The file holds no holidays.", "file"));
    }

    @Test
    public void mapsEveryKindOfDomainErrorToAClientErrorStatus() {
        for (DomainException.Kind kind : DomainException.Kind.values()) {
            assertThat(ErrorResponses.statusOf(kind)).isBetween(400, 499);
        }
    }
}
