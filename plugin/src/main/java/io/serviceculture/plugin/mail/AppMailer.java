package io.serviceculture.plugin.mail;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.queue.AbstractMailQueueItem;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.web.Texts;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues HTML mail to a person through Jira's mail queue, so rendering and sending happen off the request thread
 * and Jira retries failures. Templates get {@code texts} in the recipient's language, and the caller's context; as on
 * pages, they print only {@code $texts.textHtml(...)} and getters ending in {@code Html}.
 */
@Named
public class AppMailer {
    private static final Logger LOG = LoggerFactory.getLogger(AppMailer.class);

    private final MailQueue queue;
    private final UserManager users;
    private final LocaleResolver locales;
    private final I18nResolver i18n;
    private final TemplateRenderer renderer;
    private final MailPreferences preferences;

    @Inject
    public AppMailer(
            MailQueue queue,
            UserManager users,
            LocaleResolver locales,
            I18nResolver i18n,
            TemplateRenderer renderer,
            MailPreferences preferences) {
        this.queue = queue;
        this.users = users;
        this.locales = locales;
        this.i18n = i18n;
        this.renderer = renderer;
        this.preferences = preferences;
    }

    /**
     * @return whether a mail was queued: not for an unknown or inactive person, one without an address, or
     *     one who turned the topic off
     */
    public boolean send(
            UserKey recipient,
            MailTopic topic,
            String subjectKey,
            List<?> subjectArgs,
            String template,
            Map<String, Object> context) {
        ApplicationUser user = users.getUserByKey(recipient.value());
        if (user == null || !user.isActive()) {
            return false;
        }
        String address = user.getEmailAddress();
        if (address == null || address.isBlank() || preferences.isOptedOut(recipient, topic)) {
            return false;
        }
        Locale locale = locales.getLocale(new com.atlassian.sal.api.user.UserKey(recipient.value()));
        Texts texts = new Texts(i18n, locale);
        Serializable[] arguments = subjectArgs.stream().map(String::valueOf).toArray(Serializable[]::new);
        Map<String, Object> model = new HashMap<>(context);
        model.put("texts", texts);
        queue.addItem(new TemplatedMail(texts.text(subjectKey, arguments), address, template, model));
        LOG.debug("Queued {} mail to {}", topic.id(), recipient);
        return true;
    }

    /**
     * An HTML mail whose body is rendered when Jira's queue sends it, on the queue's thread: the request that
     * caused the mail only decides to whom and in which language. The queue is each node's own, in memory, so the
     * item may hold the renderer.
     */
    private final class TemplatedMail extends AbstractMailQueueItem {
        private final String address;
        private final String template;
        private final Map<String, Object> model;

        TemplatedMail(String subject, String address, String template, Map<String, Object> model) {
            super(subject);
            this.address = address;
            this.template = template;
            this.model = model;
        }

        @Override
        public void send() throws MailException {
            StringWriter body = new StringWriter();
            try {
                renderer.render(template, model, body);
            } catch (IOException | RuntimeException e) {
                throw new MailException("cannot render " + template, e);
            }
            Email email = new Email(address)
                    .setSubject(getSubject())
                    .setBody(body.toString())
                    .setMimeType("text/html");
            new SingleMailQueueItem(email).send();
        }
    }
}
