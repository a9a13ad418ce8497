package io.serviceculture.plugin.lifecycle.anonymize;

import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.anonymize.AffectedEntity;
import com.atlassian.jira.user.anonymize.AffectedEntityType;
import com.atlassian.jira.user.anonymize.UserAnonymizationHandler;
import com.atlassian.jira.user.anonymize.UserAnonymizationParameter;
import com.atlassian.jira.util.SimpleErrorCollection;
import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.lifecycle.DataLifecycleService;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.lifecycle.DataLifecycle;
import java.util.Collection;
import java.util.List;
import javax.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's anonymisation step for personal data the app holds beyond a key: the one is the name a signer had when
 * they signed off a commitment, kept as written on the sign-off; it becomes their key, which the key change step
 * then turns into the anonymised key. Everything else the app stores names people by key only, and Jira supplies
 * their current (anonymised) display name when it is shown.
 */
public class AppUserAnonymizationHandler implements UserAnonymizationHandler {
    static final String SIGNER_NAMES = "service-culture.lifecycle.data.signer-names";

    private static final Logger LOG = LoggerFactory.getLogger(AppUserAnonymizationHandler.class);

    private final DataLifecycleService lifecycle;
    private final I18nResolver i18n;

    @Inject
    public AppUserAnonymizationHandler(DataLifecycle lifecycle, I18nResolver i18n) {
        this(lifecycle.service(), i18n);
    }

    AppUserAnonymizationHandler(DataLifecycleService lifecycle, I18nResolver i18n) {
        this.lifecycle = lifecycle;
        this.i18n = i18n;
    }

    @Override
    public Collection<AffectedEntity> getAffectedEntities(UserAnonymizationParameter parameter) {
        long names = lifecycle.namesOf(UserKey.of(parameter.getUserKey()));
        if (names == 0) {
            return List.of();
        }
        return List.of(AffectedEntity.newBuilder(AffectedEntityType.ANONYMIZE)
                .descriptionKey(SIGNER_NAMES)
                .numberOfOccurrences(names)
                .build());
    }

    @Override
    public int getNumberOfTasks(UserAnonymizationParameter parameter) {
        return 1;
    }

    @Override
    public ServiceResult update(UserAnonymizationParameter parameter) {
        SimpleErrorCollection errors = new SimpleErrorCollection();
        try {
            lifecycle.userAnonymised(UserKey.of(parameter.getUserKey()));
        } catch (RuntimeException e) {
            LOG.error("Could not anonymise the signer names the app stores", e);
            errors.addErrorMessage(i18n.getText("service-culture.lifecycle.error.anonymise"));
        } finally {
            parameter.getContext().start(null).complete();
        }
        return new ServiceResultImpl(errors);
    }
}
