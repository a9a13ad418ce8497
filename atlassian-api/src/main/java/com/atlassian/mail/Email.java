package com.atlassian.mail;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** A message to send; the setters return the email so calls chain. Defaults as Jira's: plain text, UTF-8. */
public class Email implements Serializable {
    private static final long serialVersionUID = 1763820874219520737L;

    private String to;
    private String subject = "";
    private String body = "";
    private String mimeType = "text/plain";
    private String encoding = "UTF-8";

    @Nullable
    private String from;

    @Nullable
    private String fromName;

    public Email(String to) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("'To' is a required field");
        }
        this.to = to;
    }

    public Email setTo(String to) {
        this.to = to;
        return this;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public Email setEncoding(String encoding) {
        this.encoding = encoding;
        return this;
    }

    public Email setFrom(String from) {
        this.from = from;
        return this;
    }

    public Email setFromName(String fromName) {
        this.fromName = fromName;
        return this;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getEncoding() {
        return encoding;
    }

    public @Nullable String getFrom() {
        return from;
    }

    public @Nullable String getFromName() {
        return fromName;
    }
}
