package io.serviceculture.standalone.services;

import com.atlassian.mail.MailException;
import com.atlassian.mail.MailFactory;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's {@code MailQueue}: items are sent one at a time off the caller's thread, each through its own
 * {@code send()}, as Jira's mail queue job does. Jira finds the SMTP server through the static
 * {@link MailFactory}; several hosts share one JVM in tests, so the host installs a lookup that answers with
 * the server of the queue whose thread is sending.
 */
public final class HostMailQueue implements MailQueue, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HostMailQueue.class);
    private static final ThreadLocal<SMTPMailServer> SENDING_THROUGH = new ThreadLocal<>();
    private static final MailServerManager SERVER_OF_SENDING_THREAD = new MailServerManager() {
        @Override
        public @Nullable SMTPMailServer getDefaultSMTPMailServer() {
            return SENDING_THROUGH.get();
        }
    };

    private final SMTPMailServer server;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "host-mail-queue");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger queued = new AtomicInteger();

    public HostMailQueue(SMTPMailServer server) {
        this.server = server;
        MailFactory.setServerManager(SERVER_OF_SENDING_THREAD);
    }

    @Override
    public void addItem(MailQueueItem item) {
        queued.incrementAndGet();
        sender.execute(() -> {
            SENDING_THROUGH.set(server);
            try {
                item.send();
            } catch (MailException | RuntimeException e) {
                LOG.warn("Could not send mail '{}'", item.getSubject(), e);
            } finally {
                SENDING_THROUGH.remove();
                queued.decrementAndGet();
            }
        });
    }

    @Override
    public int size() {
        return queued.get();
    }

    /** Sends what is queued, for up to five seconds, then stops. */
    @Override
    public void close() {
        sender.shutdown();
        try {
            if (!sender.awaitTermination(5, TimeUnit.SECONDS)) {
                sender.shutdownNow();
            }
        } catch (InterruptedException e) {
            sender.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
