package io.serviceculture.plugin.mail;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.serviceculture.core.people.UserKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Which mail topics each person has turned off, in Jira's plugin settings (shared by all cluster nodes). Every
 * topic is on until the person turns it off, so only the offs are stored.
 */
@Named
public class MailPreferences {
    static final String PREFIX = "io.serviceculture.jira.mail-off.";
    // Jira's plugin settings keys must stay under 100 characters; user keys may be up to 255
    private static final int MAX_KEY_LENGTH = 100;

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public MailPreferences(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    public boolean isOptedOut(UserKey person, MailTopic topic) {
        return topicsOff(person).contains(topic);
    }

    public Set<MailTopic> topicsOff(UserKey person) {
        Object stored = settings().get(key(person));
        Set<MailTopic> off = EnumSet.noneOf(MailTopic.class);
        if (stored instanceof String text) {
            Set<String> ids = Set.of(text.split(","));
            Arrays.stream(MailTopic.values())
                    .filter(topic -> ids.contains(topic.id()))
                    .forEach(off::add);
        }
        return off;
    }

    public void setOptedOut(UserKey person, MailTopic topic, boolean optedOut) {
        Set<MailTopic> off = topicsOff(person);
        if (optedOut) {
            off.add(topic);
        } else {
            off.remove(topic);
        }
        if (off.isEmpty()) {
            settings().remove(key(person));
        } else {
            settings().put(key(person), off.stream().map(MailTopic::id).collect(Collectors.joining(",")));
        }
    }

    static String key(UserKey person) {
        String plain = PREFIX + person.value();
        return plain.length() < MAX_KEY_LENGTH ? plain : PREFIX + sha256(person.value());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private PluginSettings settings() {
        return settingsFactory.createGlobalSettings();
    }
}
