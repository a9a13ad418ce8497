package com.atlassian.mail;

import com.atlassian.mail.server.MailServerManager;
import org.jspecify.annotations.Nullable;

/** The application-wide mail server lookup, which the application sets once at start. */
public class MailFactory {
    private static @Nullable MailServerManager serverManager;

    public static @Nullable MailServerManager getServerManager() {
        return serverManager;
    }

    public static void setServerManager(@Nullable MailServerManager manager) {
        serverManager = manager;
    }
}
