package io.serviceculture.osgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/** The Jira 10.3 app jar resolves and starts in Felix against what Jira 10.3 exports, and links every class. */
public class Jira103ResolutionTest {
    @Rule
    public final FelixFramework felix = new FelixFramework(JiraPlatform.jira103Exports());

    @Test
    public void resolvesAndStartsAgainstJira103Exports() throws Exception {
        Bundle app = felix.install(AppJar.forJira10());

        app.start();

        assertThat(app.getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(app.getSymbolicName()).isEqualTo("io.serviceculture.jira");
        assertThat(app.getHeaders().get("Atlassian-Plugin-Key")).isEqualTo("io.serviceculture.jira");
        // every import is wired to Jira's exports (the system bundle): the app carries no Atlassian package
        List<BundleWire> wires = app.adapt(BundleWiring.class).getRequiredWires(BundleRevision.PACKAGE_NAMESPACE);
        assertThat(wires).isNotEmpty().allSatisfy(wire -> assertThat(
                        wire.getProvider().getBundle().getBundleId())
                .isZero());
    }

    @Test
    public void linksEveryClassAndEverySignatureInTheJarThroughItsImports() throws Exception {
        Bundle app = felix.install(AppJar.forJira10());
        app.start();

        // loading a class resolves its supertypes, and listing its members loads every type in their
        // signatures: a type from a package the manifest does not import fails here as it would in Jira
        List<String> unlinked = new ArrayList<>();
        OptionalImports optional = OptionalImports.of(app);
        int classes = 0;
        int members = 0;
        for (URL entry : Collections.list(app.findEntries("/", "*.class", true))) {
            String path = entry.getPath().substring(1);
            String name = path.substring(0, path.length() - ".class".length()).replace('/', '.');
            if (name.endsWith("package-info") || name.equals("module-info")) {
                continue;
            }
            classes++;
            try {
                Class<?> type = app.loadClass(name);
                members += type.getDeclaredMethods().length
                        + type.getDeclaredFields().length
                        + type.getDeclaredConstructors().length;
            } catch (ClassNotFoundException | LinkageError e) {
                // a class of an embedded library that needs an optional package nobody exports is never used
                if (!optional.explains(e, app)) {
                    unlinked.add(name + ": " + e);
                }
            }
        }
        assertThat(classes).isGreaterThan(100);
        assertThat(members).isGreaterThan(classes);
        assertThat(unlinked).isEmpty();
    }

    @Test
    public void doesNotResolveWhereOnlyJakartaApisAreExported() throws Exception {
        try (FelixFramework.Running jira113 = FelixFramework.start(JiraPlatform.jira113Exports())) {
            Bundle app = jira113.install(AppJar.forJira10());

            // Jira 11 has no javax web APIs: this jar is for Jira 10 only, and Felix says why
            assertThatThrownBy(app::start).isInstanceOf(BundleException.class).hasMessageContaining("javax.");
        }
    }
}
