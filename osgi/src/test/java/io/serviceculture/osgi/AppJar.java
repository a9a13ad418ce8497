package io.serviceculture.osgi;

import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The app jar the build made, found on the test class path by its descriptor. */
final class AppJar {
    private AppJar() {}

    static Path forJira10() {
        URL descriptor = AppJar.class.getClassLoader().getResource("atlassian-plugin.xml");
        if (descriptor == null || !"jar".equals(descriptor.getProtocol())) {
            throw new IllegalStateException("The app jar is not on the class path (found " + descriptor
                    + "); run these tests in `verify`, after the plugin module is packaged");
        }
        try {
            JarURLConnection connection = (JarURLConnection) descriptor.openConnection();
            return Path.of(connection.getJarFileURL().toURI());
        } catch (java.io.IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
