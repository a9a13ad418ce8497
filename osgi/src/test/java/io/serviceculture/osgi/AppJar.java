package io.serviceculture.osgi;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

/** The app jars the build made, found on the test class path by their descriptor. */
final class AppJar {
    private AppJar() {}

    /** The jar for Jira 10.3 (javax). */
    static Path forJira10() {
        return find("service-culture-jira-");
    }

    /** The jar for Jira 11.3 (jakarta), transformed from the same build. */
    static Path forJira11() {
        return find("service-culture-jira11-");
    }

    private static Path find(String namePrefix) {
        try {
            List<URL> descriptors =
                    Collections.list(AppJar.class.getClassLoader().getResources("atlassian-plugin.xml"));
            for (URL descriptor : descriptors) {
                if ("jar".equals(descriptor.getProtocol())) {
                    Path jar = Path.of(((JarURLConnection) descriptor.openConnection())
                            .getJarFileURL()
                            .toURI());
                    if (jar.getFileName().toString().startsWith(namePrefix)) {
                        return jar;
                    }
                }
            }
            throw new IllegalStateException("No " + namePrefix + "*.jar on the class path (found " + descriptors
                    + "); run these tests in `verify`, after the app modules are packaged");
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
