package com.atlassian.mail.server;

import org.jspecify.annotations.Nullable;

public interface MailServerManager {
    @Nullable
    SMTPMailServer getDefaultSMTPMailServer();
}
