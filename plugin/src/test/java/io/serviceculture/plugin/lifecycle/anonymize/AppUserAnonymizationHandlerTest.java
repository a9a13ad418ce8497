package io.serviceculture.plugin.lifecycle.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.lifecycle.DataLifecycleService;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryAppData;
import org.junit.Test;

public class AppUserAnonymizationHandlerTest {
    private final InMemoryAppData data = new InMemoryAppData().signedName(UserKey.of("carol"), 2);
    private final AppUserAnonymizationHandler handler =
            new AppUserAnonymizationHandler(new DataLifecycleService(data), mock(I18nResolver.class));
    private final CountingContext progress = new CountingContext();
    private final UserAnonymizationParameter carol = new UserAnonymizationParameter("carol", progress);

    @Test
    public void listsTheSignOffNamesItWillAnonymise() {
        assertThat(handler.getAffectedEntities(carol))
                .extracting(
                        AffectedEntity::getType,
                        AffectedEntity::getDescriptionKey,
                        AffectedEntity::getNumberOfOccurrences)
                .containsExactly(
                        tuple(AffectedEntityType.ANONYMIZE, "service-culture.lifecycle.data.signer-names", 2L));
    }

    @Test
    public void anonymisesTheNamesInOneReportedStep() {
        // when
        ServiceResult result = handler.update(carol);

        // then
        assertThat(result.isValid()).isTrue();
        assertThat(handler.getNumberOfTasks(carol)).isEqualTo(1);
        assertThat(progress.completed).isEqualTo(1);
        assertThat(handler.getAffectedEntities(carol)).isEmpty();
    }

    @Test
    public void listsNothingForSomeoneWhoSignedNothing() {
        assertThat(handler.getAffectedEntities(new UserAnonymizationParameter("dave", progress)))
                .isEmpty();
    }
}
