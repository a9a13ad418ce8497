package io.serviceculture.plugin.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.MailFactory;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.server.SMTPMailServer;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.people.MapPluginSettings;
import io.serviceculture.plugin.web.Texts;
import java.io.Serializable;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class AppMailerTest {
    private static final UserKey ALICE = UserKey.of("JIRAUSER10100");
    private static final String TEMPLATE = "templates/mail/kudos-received.vm";

    private final List<Email> sent = new ArrayList<>();
    private final UserManager users = mock(UserManager.class);
    private final LocaleResolver locales = mock(LocaleResolver.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final MailPreferences preferences = new MailPreferences(new MapPluginSettings().factory());
    private final AppMailer mailer = new AppMailer(sendingAtOnce(), users, locales, i18n, renderer, preferences);

    @Before
    public void aliceReadsGermanAndTemplatesPrintTheirTexts() throws Exception {
        MailFactory.setServerManager(() -> capturing());
        ApplicationUser alice = mock(ApplicationUser.class);
        when(alice.isActive()).thenReturn(true);
        when(alice.getEmailAddress()).thenReturn("alice@example.com");
        when(users.getUserByKey(ALICE.value())).thenReturn(alice);
        when(locales.getLocale(new com.atlassian.sal.api.user.UserKey(ALICE.value())))
                .thenReturn(Locale.GERMANY);
        when(i18n.getText(eq(Locale.GERMANY), eq("service-culture.mail.subject"), any(Serializable[].class)))
                .thenReturn("Anerkennung von Carol");
        when(i18n.getText(eq(Locale.GERMANY), eq("service-culture.mail.greeting"), any(Serializable[].class)))
                .thenReturn("Hallo <Alice>");
        doAnswer(call -> {
                    Map<?, ?> context = call.getArgument(1);
                    Texts texts = (Texts) context.get("texts");
                    call.<Writer>getArgument(2)
                            .write(texts.textHtml("service-culture.mail.greeting") + " " + context.get("issue"));
                    return null;
                })
                .when(renderer)
                .render(eq(TEMPLATE), anyMap(), any(Writer.class));
    }

    @After
    public void forgetTheServer() {
        MailFactory.setServerManager(null);
    }

    @Test
    public void queuesHtmlMailInTheRecipientsLanguage() {
        boolean queued = mailer.send(
                ALICE,
                MailTopic.KUDOS_RECEIVED,
                "service-culture.mail.subject",
                List.of("Carol"),
                TEMPLATE,
                Map.of("issue", "HELP-1"));

        assertThat(queued).isTrue();
        assertThat(sent).singleElement().satisfies(email -> {
            assertThat(email.getTo()).isEqualTo("alice@example.com");
            assertThat(email.getSubject()).isEqualTo("Anerkennung von Carol");
            assertThat(email.getMimeType()).isEqualTo("text/html");
            assertThat(email.getBody()).isEqualTo("Hallo &lt;Alice&gt; HELP-1");
        });
    }

    @Test
    public void rendersTheBodyOnlyWhenTheQueueSendsTheMail() throws Exception {
        // given a queue that holds its items, as Jira's does until its mail job runs
        List<MailQueueItem> held = new ArrayList<>();
        AppMailer holding = new AppMailer(holdingIn(held), users, locales, i18n, renderer, preferences);

        // when a mail is queued
        boolean queued = holding.send(
                ALICE,
                MailTopic.KUDOS_RECEIVED,
                "service-culture.mail.subject",
                List.of("Carol"),
                TEMPLATE,
                Map.of("issue", "HELP-1"));

        // then nothing is rendered on the caller's thread, only the subject is known
        assertThat(queued).isTrue();
        verify(renderer, never()).render(anyString(), anyMap(), any(Writer.class));
        assertThat(held).singleElement().satisfies(item -> assertThat(item.getSubject())
                .isEqualTo("Anerkennung von Carol"));

        // and when the queue sends it, the body is rendered once
        held.get(0).send();
        verify(renderer, times(1)).render(eq(TEMPLATE), anyMap(), any(Writer.class));
        assertThat(sent).singleElement().satisfies(email -> assertThat(email.getBody())
                .isEqualTo("Hallo &lt;Alice&gt; HELP-1"));
    }

    @Test
    public void sendsNothingOnATopicTheRecipientTurnedOff() {
        preferences.setOptedOut(ALICE, MailTopic.KUDOS_RECEIVED, true);

        boolean queued = mailer.send(
                ALICE, MailTopic.KUDOS_RECEIVED, "service-culture.mail.subject", List.of(), TEMPLATE, Map.of());

        assertThat(queued).isFalse();
        assertThat(sent).isEmpty();
        assertThat(preferences.topicsOff(ALICE)).containsExactly(MailTopic.KUDOS_RECEIVED);
    }

    @Test
    public void stillSendsOtherTopicsAfterAnOptOut() {
        preferences.setOptedOut(ALICE, MailTopic.KUDOS_RECEIVED, true);

        boolean queued = mailer.send(
                ALICE, MailTopic.CLOCK_BREACH, "service-culture.mail.subject", List.of(), TEMPLATE, Map.of());

        assertThat(queued).isTrue();
        assertThat(sent).hasSize(1);
    }

    @Test
    public void sendsNothingToInactivePeopleOrPeopleWithoutAnAddress() {
        ApplicationUser dave = mock(ApplicationUser.class);
        when(dave.isActive()).thenReturn(false);
        when(dave.getEmailAddress()).thenReturn("dave@example.com");
        when(users.getUserByKey("dave")).thenReturn(dave);
        ApplicationUser erin = mock(ApplicationUser.class);
        when(erin.isActive()).thenReturn(true);
        when(users.getUserByKey("erin")).thenReturn(erin);

        assertThat(mailer.send(UserKey.of("dave"), MailTopic.CLOCK_BREACH, "k", List.of(), TEMPLATE, Map.of()))
                .isFalse();
        assertThat(mailer.send(UserKey.of("erin"), MailTopic.CLOCK_BREACH, "k", List.of(), TEMPLATE, Map.of()))
                .isFalse();
        assertThat(mailer.send(UserKey.of("nobody"), MailTopic.CLOCK_BREACH, "k", List.of(), TEMPLATE, Map.of()))
                .isFalse();
        assertThat(sent).isEmpty();
    }

    @Test
    public void keepsLongUserKeysWithinJirasSettingsKeyLimit() {
        UserKey longKey = UserKey.of("x".repeat(255));

        preferences.setOptedOut(longKey, MailTopic.KUDOS_HIDDEN, true);

        assertThat(MailPreferences.key(longKey)).hasSizeLessThan(100);
        assertThat(preferences.isOptedOut(longKey, MailTopic.KUDOS_HIDDEN)).isTrue();
    }

    private static MailQueue holdingIn(List<MailQueueItem> held) {
        return new MailQueue() {
            @Override
            public void addItem(MailQueueItem item) {
                held.add(item);
            }

            @Override
            public int size() {
                return held.size();
            }
        };
    }

    /** Jira's queue sends later through the default SMTP server; here at once, into {@link #sent}. */
    private MailQueue sendingAtOnce() {
        return new MailQueue() {
            @Override
            public void addItem(MailQueueItem item) {
                try {
                    item.send();
                } catch (MailException e) {
                    throw new AssertionError(e);
                }
            }

            @Override
            public int size() {
                return 0;
            }
        };
    }

    private SMTPMailServer capturing() {
        return new SMTPMailServer() {
            @Override
            public String getDefaultFrom() {
                return "jira@example.com";
            }

            @Override
            public void send(Email email) {
                sent.add(email);
            }
        };
    }
}
