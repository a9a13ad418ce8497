package io.serviceculture.plugin.mail;

/** What a mail is about; people opt out per topic. The ids are stored, so never rename them. */
public enum MailTopic {
    KUDOS_RECEIVED("kudos-received"),
    KUDOS_HIDDEN("kudos-hidden"),
    CLOCK_WARNING("clock-warning"),
    CLOCK_BREACH("clock-breach");

    private final String id;

    MailTopic(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
