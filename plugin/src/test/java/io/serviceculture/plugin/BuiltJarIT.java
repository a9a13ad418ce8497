package io.serviceculture.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checks the app jar as Jira would load it: manifest, descriptor, Spring Scanner index. */
public class BuiltJarIT {
    private static final String PLUGIN_KEY = "io.serviceculture.jira";
    private static final String INDEX = "META-INF/plugin-components/";

    private static JarFile jar;
    private static Attributes manifest;
    private static Map<String, String> imports;

    @BeforeClass
    public static void openJar() throws IOException {
        jar = new JarFile(System.getProperty("builtJar", "target/service-culture-jira.jar"));
        manifest = jar.getManifest().getMainAttributes();
        imports = OsgiHeader.parse(manifest.getValue("Import-Package"));
    }

    @AfterClass
    public static void closeJar() throws IOException {
        if (jar != null) {
            jar.close();
        }
    }

    @Test
    public void isATransformerlessPluginWithTheFixedKey() {
        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo(PLUGIN_KEY);
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo(PLUGIN_KEY);
        assertThat(manifest.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(manifest.getValue("Spring-Context")).isEqualTo("*");
    }

    @Test
    public void exportsNothingAndNeedsNoExecutionEnvironmentHeader() {
        assertThat(manifest.getValue("Export-Package")).isNull();
        assertThat(manifest.getValue("Require-Capability")).isNull();
        assertThat(manifest.getValue("Bundle-ClassPath")).isNull();
    }

    @Test
    public void importsOnlyPackagesListedByHand() {
        assertThat(imports).allSatisfy((pkg, clause) -> assertThat(clause)
                .as("package %s is used but missing from Import-Package in plugin/pom.xml", pkg)
                .doesNotContain("unlisted="));
    }

    @Test
    public void importsJaxRsTwoAsRestVersionTwoProvidesIt() {
        assertThat(imports).containsKeys("javax.ws.rs", "javax.ws.rs.core");
        imports.entrySet().stream()
                .filter(e -> e.getKey().startsWith("javax.ws.rs"))
                .forEach(e -> assertThat(e.getValue()).contains("version=\"[2.0.0,3.0.0)\""));
    }

    @Test
    public void embedsNoAtlassianOrMirrorOrBridgeClasses() {
        List<String> names = entryNames();
        assertThat(names)
                .noneMatch(n -> n.startsWith("com/atlassian/"))
                .noneMatch(n -> n.startsWith("net/java/ao/"))
                .noneMatch(n -> n.startsWith("io/serviceculture/aobridge/"))
                .noneMatch(n -> n.startsWith("io/serviceculture/scanner/"))
                .noneMatch(n -> n.endsWith(".jar"));
        assertThat(names).contains("io/serviceculture/core/kudos/GiveKudosService.class");
    }

    @Test
    public void hasTheSpringContextThatScansTheIndex() throws IOException {
        assertThat(read("META-INF/spring/plugin-context.xml")).contains("<atlassian-scanner:scan-indexes/>");
    }

    @Test
    public void indexFilesAreSortedUniqueLinesWithoutBlanksOrComments() throws IOException {
        for (String file : List.of("component", "imports", "exports")) {
            List<String> lines = lines(INDEX + file);
            assertThat(lines).as(file).doesNotContain("").noneMatch(l -> l.startsWith("#") || l.isBlank());
            assertThat(lines).as(file).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    public void everyIndexedComponentIsInTheJar() throws IOException {
        assertThat(lines(INDEX + "component")).isNotEmpty().allSatisfy(line -> assertThat(
                        jar.getEntry(classFile(line.split("#")[0])))
                .as(line)
                .isNotNull());
        assertThat(lines(INDEX + "exports")).allSatisfy(line -> assertThat(jar.getEntry(classFile(line.split("#")[0])))
                .as(line)
                .isNotNull());
    }

    @Test
    public void everyImportedServiceIsAnImportedPackageAndNeverExported() throws IOException {
        Set<String> imported = new TreeSet<>();
        for (String line : lines(INDEX + "imports")) {
            String iface = line.split("#")[0];
            imported.add(iface);
            assertThat(imports).as(line).containsKey(iface.substring(0, iface.lastIndexOf('.')));
            assertThat(imports.get(iface.substring(0, iface.lastIndexOf('.')))).doesNotContain("resolution:=optional");
        }
        assertThat(imported)
                .contains("com.atlassian.sal.api.user.UserManager", "com.atlassian.jira.user.util.UserManager");
        Set<String> exported = new TreeSet<>();
        for (String line : lines(INDEX + "exports")) {
            String[] parts = line.split("#");
            if (parts.length > 1) {
                Collections.addAll(exported, parts[1].split(","));
            }
        }
        assertThat(exported).doesNotContainAnyElementsOf(imported);
    }

    @Test
    public void everyClassTheDescriptorNamesIsInTheJar() throws Exception {
        Document descriptor = descriptor();
        Element root = descriptor.getDocumentElement();
        assertThat(root.getAttribute("key")).isEqualTo(PLUGIN_KEY);
        List<String> classes = new ArrayList<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String type = element.getAttribute("class");
            // Jira's own conditions are provided by the host, ours must be in the jar
            if (type.startsWith("io.serviceculture.")) {
                classes.add(type);
            }
            if (element.getTagName().equals("entity")) {
                classes.add(element.getTextContent().trim());
            }
        }
        assertThat(classes)
                .allSatisfy(type ->
                        assertThat(jar.getEntry(classFile(type))).as(type).isNotNull());
        NodeList packages = root.getElementsByTagName("package");
        for (int i = 0; i < packages.getLength(); i++) {
            String pkg = packages.item(i).getTextContent().trim();
            assertThat(entryNames())
                    .as("REST package %s", pkg)
                    .anyMatch(n -> n.startsWith(pkg.replace('.', '/') + "/"));
        }
    }

    @Test
    public void descriptorHasTheFixedAoNamespaceAndRestV2() throws Exception {
        Element root = descriptor().getDocumentElement();
        Element ao = (Element) root.getElementsByTagName("ao").item(0);
        assertThat(ao.getAttribute("namespace")).isEqualTo(PLUGIN_KEY);
        assertThat(root.getElementsByTagName("rest-v2").getLength()).isEqualTo(1);
        Element rest = (Element) root.getElementsByTagName("rest").item(0);
        assertThat(rest.getAttribute("path")).isEqualTo("/service-culture");
        assertThat(rest.getAttribute("version")).isEqualTo("1.0");
        String version = ((Element) root.getElementsByTagName("version").item(0)).getTextContent();
        assertThat(version).doesNotContain("${").isNotBlank();
    }

    @Test
    public void isAFreeDataCenterAppWithoutUpmLicensing() throws Exception {
        // names from Atlassian's "Add licensing support" tutorial and the DC app submission checklist
        Element info = (Element) descriptor()
                .getDocumentElement()
                .getElementsByTagName("plugin-info")
                .item(0);
        Map<String, String> params = new LinkedHashMap<>();
        NodeList nodes = info.getElementsByTagName("param");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element param = (Element) nodes.item(i);
            params.put(param.getAttribute("name"), param.getTextContent().trim());
        }
        assertThat(params)
                .containsEntry("atlassian-licensing-enabled", "false")
                .containsEntry("atlassian-data-center-status", "compatible")
                .containsEntry("atlassian-data-center-compatible", "true");
    }

    private static Document descriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = jar.getInputStream(jar.getEntry("atlassian-plugin.xml"))) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static String classFile(String binaryName) {
        return binaryName.replace('.', '/') + ".class";
    }

    private static List<String> entryNames() {
        return jar.stream().map(ZipEntry::getName).toList();
    }

    private static String read(String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> lines(String name) throws IOException {
        String text = read(name);
        assertThat(text).as("%s ends with a newline or is empty", name).matches("(?s)|.*\n");
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
    }

    /** Splits an OSGi header into package name and clause, minding quoted commas such as version ranges. */
    static final class OsgiHeader {
        private OsgiHeader() {}

        static Map<String, String> parse(String header) {
            Map<String, String> clauses = new LinkedHashMap<>();
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            for (char c : (header + ",").toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                }
                if (c == ',' && !quoted) {
                    String clause = current.toString().trim();
                    clauses.put(clause.split(";")[0], clause);
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            return clauses;
        }
    }
}
