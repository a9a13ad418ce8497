package io.serviceculture.plugin.lifecycle.anonymize;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserKeyChangeHandler;
import com.atlassian.jira.user.anonymize.UserPropertyChangeParameter;
import com.atlassian.jira.util.SimpleErrorCollection;
import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.lifecycle.DataCount;
import io.serviceculture.core.lifecycle.DataLifecycleService;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.lifecycle.DataLifecycle;
import java.util.Collection;
import java.util.List;
import javax.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's last anonymisation step for the app: every row that names the person by their old key names them by the
 * anonymised one. What they wrote (kudos messages, check-in notes, commitment texts) stays, now under that key.
 * Progress is one step per kind of data the person appears in.
 */
public class AppUserKeyChangeHandler implements UserKeyChangeHandler {
    private static final Logger LOG = LoggerFactory.getLogger(AppUserKeyChangeHandler.class);

    private final DataLifecycleService lifecycle;
    private final I18nResolver i18n;

    @Inject
    public AppUserKeyChangeHandler(DataLifecycle lifecycle, I18nResolver i18n) {
        this(lifecycle.service(), i18n);
    }

    AppUserKeyChangeHandler(DataLifecycleService lifecycle, I18nResolver i18n) {
        this.lifecycle = lifecycle;
        this.i18n = i18n;
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserPropertyChangeParameter parameter) {
        List<DataCount> counts = lifecycle.personalData(UserKey.of(parameter.getOriginal()));
        return counts.stream()
                .map(count -> AffectedEntity.newBuilder(AffectedEntityType.ANONYMIZE)
                        .descriptionKey(count.kind().i18nKey())
                        .numberOfOccurrences(count.rows())
                        .build())
                .toList();
    }

    @Override
    public int getNumberOfTasks(UserPropertyChangeParameter parameter) {
        return lifecycle.keyChangeSteps(UserKey.of(parameter.getOriginal()));
    }

    @Override
    public ServiceResult update(UserPropertyChangeParameter parameter) {
        SimpleErrorCollection errors = new SimpleErrorCollection();
        try {
            lifecycle.userKeyChanged(
                    UserKey.of(parameter.getOriginal()),
                    UserKey.of(parameter.getTarget()),
                    () -> parameter.getContext().start(null).complete());
        } catch (RuntimeException e) {
            // Jira goes on with the other handlers and shows the error; a rerun of the anonymisation retries
            LOG.error("Could not move the app's rows to the anonymised user key", e);
            errors.addErrorMessage(i18n.getText("service-culture.lifecycle.error.key-change"));
        }
        return new ServiceResultImpl(errors);
    }
}
