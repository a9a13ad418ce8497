package io.serviceculture.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.rules.ExternalResource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/** A Felix framework for one test, whose system bundle exports what a Jira line exports to apps. */
final class FelixFramework extends ExternalResource {
    private final String systemPackagesExtra;
    private Running running;

    FelixFramework(String systemPackagesExtra) {
        this.systemPackagesExtra = systemPackagesExtra;
    }

    /** Starts a framework outside a rule, for a test that needs a second Jira line. */
    static Running start(String systemPackagesExtra) throws BundleException, IOException {
        return new Running(systemPackagesExtra);
    }

    @Override
    protected void before() throws Throwable {
        running = start(systemPackagesExtra);
    }

    @Override
    protected void after() {
        running.close();
    }

    Bundle install(Path jar) throws BundleException, IOException {
        return running.install(jar);
    }

    /** One started framework with its own bundle cache, removed when closed. */
    static final class Running implements AutoCloseable {
        private final Path storage;
        private final Framework framework;

        private Running(String systemPackagesExtra) throws BundleException, IOException {
            storage = Files.createTempDirectory("felix");
            framework = new FrameworkFactory()
                    .newFramework(Map.of(
                            Constants.FRAMEWORK_STORAGE,
                            storage.toString(),
                            Constants.FRAMEWORK_STORAGE_CLEAN,
                            Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                            Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                            systemPackagesExtra));
            framework.start();
        }

        Bundle install(Path jar) throws BundleException, IOException {
            try (InputStream in = Files.newInputStream(jar)) {
                return framework.getBundleContext().installBundle(jar.toUri().toString(), in);
            }
        }

        @Override
        public void close() {
            try {
                framework.stop();
                framework.waitForStop(10_000);
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try (Stream<Path> files = Files.walk(storage)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
