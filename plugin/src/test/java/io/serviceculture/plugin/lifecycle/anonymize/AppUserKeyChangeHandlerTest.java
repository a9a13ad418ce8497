package io.serviceculture.plugin.lifecycle.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.lifecycle.DataLifecycleService;
import io.serviceculture.core.lifecycle.StoredData;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.testing.InMemoryAppData;
import org.junit.Test;

public class AppUserKeyChangeHandlerTest {
    private static final UserKey ALICE = UserKey.of("alice");

    private final InMemoryAppData data = new InMemoryAppData()
            .person(ALICE, StoredData.KUDOS_GIVEN, 3)
            .person(ALICE, StoredData.COMMITMENT_CHECK_INS, 2)
            .person(ALICE, StoredData.TEAMS, 1)
            .person(UserKey.of("bob"), StoredData.KUDOS_RECEIVED, 3);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final AppUserKeyChangeHandler handler = new AppUserKeyChangeHandler(new DataLifecycleService(data), i18n);
    private final CountingContext progress = new CountingContext();
    private final UserPropertyChangeParameter aliceAnonymised =
            new UserPropertyChangeParameter("alice", "JIRAUSER10100", progress);

    @Test
    public void listsEachKindOfRowsThePersonIsInWithItsCount() {
        // when
        var affected = handler.getAffectedEntities(aliceAnonymised);

        // then
        assertThat(affected)
                .extracting(
                        AffectedEntity::getType,
                        AffectedEntity::getDescriptionKey,
                        AffectedEntity::getNumberOfOccurrences)
                .containsExactly(
                        tuple(AffectedEntityType.ANONYMIZE, "service-culture.lifecycle.data.kudos-given", 3L),
                        tuple(AffectedEntityType.ANONYMIZE, "service-culture.lifecycle.data.commitment-check-ins", 2L),
                        tuple(AffectedEntityType.ANONYMIZE, "service-culture.lifecycle.data.teams", 1L));
    }

    @Test
    public void reportsAsManyProgressStepsAsItAnnounced() {
        // given
        int tasks = handler.getNumberOfTasks(aliceAnonymised);

        // when
        ServiceResult result = handler.update(aliceAnonymised);

        // then
        assertThat(result.isValid()).isTrue();
        assertThat(tasks).isEqualTo(3);
        assertThat(progress.started).isEqualTo(3);
        assertThat(progress.completed).isEqualTo(3);
    }

    @Test
    public void movesEveryRowToTheNewKey() {
        // when
        handler.update(aliceAnonymised);

        // then
        assertThat(handler.getAffectedEntities(aliceAnonymised)).isEmpty();
        assertThat(data.count(StoredData.KUDOS_GIVEN, UserKey.of("JIRAUSER10100")))
                .isEqualTo(3);
        assertThat(data.count(StoredData.COMMITMENT_CHECK_INS, UserKey.of("JIRAUSER10100")))
                .isEqualTo(2);
        assertThat(data.count(StoredData.KUDOS_RECEIVED, UserKey.of("bob"))).isEqualTo(3);
    }

    @Test
    public void aPersonTheAppNeverStoredHasNothingAffectedAndNoSteps() {
        // given
        UserPropertyChangeParameter nobody = new UserPropertyChangeParameter("nobody", "JIRAUSER10999", progress);

        // then
        assertThat(handler.getAffectedEntities(nobody)).isEmpty();
        assertThat(handler.getNumberOfTasks(nobody)).isZero();
        assertThat(handler.update(nobody).isValid()).isTrue();
        assertThat(progress.completed).isZero();
    }

    @Test
    public void aFailureIsReportedInTheUsersLanguageAndDoesNotStopJira() {
        // given a database that fails half way
        DataLifecycleService failing = new DataLifecycleService(new InMemoryAppData() {
            {
                person(ALICE, StoredData.KUDOS_GIVEN, 1);
            }

            @Override
            public long changeUserKey(StoredData kind, UserKey from, UserKey to) {
                throw new IllegalStateException("connection lost");
            }
        });
        when(i18n.getText("service-culture.lifecycle.error.key-change")).thenReturn("could not move");

        // when
        ServiceResult result = new AppUserKeyChangeHandler(failing, i18n).update(aliceAnonymised);

        // then
        assertThat(result.isValid()).isFalse();
        assertThat(result.getErrorCollection().getErrorMessages()).containsExactly("could not move");
    }
}
