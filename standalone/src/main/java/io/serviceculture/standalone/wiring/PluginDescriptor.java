package io.serviceculture.standalone.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The modules of an {@code atlassian-plugin.xml} that the host runs. */
public record PluginDescriptor(
        String key,
        List<String> i18nBundles,
        List<Rest> rest,
        List<Servlet> servlets,
        List<WebPanel> webPanels,
        List<WebResource> webResources,
        List<WebItem> webItems,
        List<String> velocityAllowlist,
        Optional<String> aoNamespace,
        List<String> aoEntities,
        List<Handler> anonymizationHandlers,
        List<String> aoUpgradeTasks) {

    /** Jira's user anonymisation modules, each naming a class implementing that step's handler interface. */
    public static final List<String> ANONYMIZATION_MODULES = List.of(
            "ownership-transfer-handler",
            "user-anonymization-handler",
            "user-key-change-handler",
            "user-name-change-handler");

    /** An anonymisation module: its element name, key and class. */
    public record Handler(String module, String key, String className) {}

    /** {@code <rest path version>} with its {@code <package>}s. */
    public record Rest(String key, String path, String version, List<String> packages) {}

    /** {@code <servlet class>} with its {@code <url-pattern>}s (under {@code /plugins/servlet}). */
    public record Servlet(String key, String className, List<String> urlPatterns) {}

    /**
     * {@code <web-panel location weight>} rendered by a {@code class} implementing WebPanel, or by a velocity
     * {@code <resource name="view">}.
     */
    public record WebPanel(
            String key,
            String location,
            int weight,
            Optional<String> className,
            Optional<String> template,
            Optional<Plugged> contextProvider,
            List<Plugged> conditions) {}

    /** A {@code <condition>} or {@code <context-provider>}: a class, its {@code <param>}s, and for conditions {@code invert}. */
    public record Plugged(String className, Map<String, String> params, boolean invert) {}

    /** {@code <resource type="download" name location>} of a web resource. */
    public record Resource(String name, String location) {}

    /** {@code <web-resource>}: downloadable files, the contexts that include them and their dependencies. */
    public record WebResource(String key, List<Resource> resources, List<String> contexts, List<String> dependencies) {}

    /** {@code <web-item section weight>} with its label key and link. */
    public record WebItem(
            String key, String section, int weight, String labelKey, String link, List<Plugged> conditions) {}

    public static PluginDescriptor parse(InputStream xml) {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            doc = builder.parse(xml);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new PluginWiringException("atlassian-plugin.xml is not readable XML", e);
        }
        Element root = doc.getDocumentElement();
        String key = required(root, "key");
        List<String> i18n = new ArrayList<>();
        List<Rest> rest = new ArrayList<>();
        List<Servlet> servlets = new ArrayList<>();
        List<WebPanel> panels = new ArrayList<>();
        List<WebResource> resources = new ArrayList<>();
        List<WebItem> items = new ArrayList<>();
        List<String> allowlist = new ArrayList<>();
        Optional<String> aoNamespace = Optional.empty();
        List<String> aoEntities = new ArrayList<>();
        List<Handler> handlers = new ArrayList<>();
        List<String> aoUpgradeTasks = new ArrayList<>();
        for (Element module : children(root)) {
            if (ANONYMIZATION_MODULES.contains(module.getTagName())) {
                handlers.add(new Handler(module.getTagName(), required(module, "key"), required(module, "class")));
                continue;
            }
            switch (module.getTagName()) {
                case "resource":
                    if ("i18n".equals(module.getAttribute("type"))) {
                        i18n.add(required(module, "location"));
                    }
                    break;
                case "rest":
                    rest.add(new Rest(
                            required(module, "key"),
                            required(module, "path"),
                            required(module, "version"),
                            texts(module, "package")));
                    break;
                case "servlet":
                    servlets.add(new Servlet(
                            required(module, "key"), required(module, "class"), texts(module, "url-pattern")));
                    break;
                case "web-panel":
                    Optional<String> view = children(module).stream()
                            .filter(e -> e.getTagName().equals("resource")
                                    && "velocity".equals(e.getAttribute("type"))
                                    && "view".equals(e.getAttribute("name")))
                            .map(e -> e.getAttribute("location"))
                            .findFirst();
                    Optional<String> panelClass = optional(module, "class");
                    if (panelClass.isEmpty() && view.isEmpty()) {
                        throw new PluginWiringException(
                                "web-panel " + module.getAttribute("key") + " has neither a class nor a view");
                    }
                    panels.add(new WebPanel(
                            required(module, "key"),
                            required(module, "location"),
                            weight(module),
                            panelClass,
                            view,
                            child(module, "context-provider").map(PluginDescriptor::plugged),
                            conditions(module)));
                    break;
                case "web-resource":
                    List<Resource> files = new ArrayList<>();
                    for (Element r : children(module)) {
                        if (r.getTagName().equals("resource") && "download".equals(r.getAttribute("type"))) {
                            files.add(new Resource(required(r, "name"), required(r, "location")));
                        }
                    }
                    resources.add(new WebResource(
                            required(module, "key"), files, texts(module, "context"), texts(module, "dependency")));
                    break;
                case "web-item":
                    Element label = child(module, "label")
                            .orElseThrow(() -> new PluginWiringException(
                                    "web-item " + module.getAttribute("key") + " has no label"));
                    Element link = child(module, "link")
                            .orElseThrow(() -> new PluginWiringException(
                                    "web-item " + module.getAttribute("key") + " has no link"));
                    items.add(new WebItem(
                            required(module, "key"),
                            required(module, "section"),
                            weight(module),
                            required(label, "key"),
                            link.getTextContent().strip(),
                            conditions(module)));
                    break;
                case "velocity-allowlist":
                    allowlist.addAll(texts(module, "method"));
                    break;
                case "ao":
                    aoNamespace = optional(module, "namespace");
                    aoEntities.addAll(texts(module, "entity"));
                    aoUpgradeTasks.addAll(texts(module, "upgradeTask"));
                    break;
                default:
                    break;
            }
        }
        return new PluginDescriptor(
                key,
                i18n,
                rest,
                servlets,
                panels,
                resources,
                items,
                allowlist,
                aoNamespace,
                aoEntities,
                handlers,
                aoUpgradeTasks);
    }

    /** Where the app's REST modules are mounted, by URL prefix inside the context. */
    public Map<String, Rest> restMounts() {
        Map<String, Rest> mounts = new java.util.LinkedHashMap<>();
        for (Rest r : rest) {
            String path = r.path().startsWith("/") ? r.path() : "/" + r.path();
            mounts.put("/rest" + path + "/" + r.version(), r);
            mounts.put("/rest" + path + "/latest", r);
        }
        return mounts;
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                out.add((Element) n);
            }
        }
        return out;
    }

    private static Optional<Element> child(Element parent, String tag) {
        return children(parent).stream().filter(e -> e.getTagName().equals(tag)).findFirst();
    }

    private static List<String> texts(Element parent, String tag) {
        return children(parent).stream()
                .filter(e -> e.getTagName().equals(tag))
                .map(e -> e.getTextContent().strip())
                .filter(t -> !t.isEmpty())
                .toList();
    }

    /** The module's {@code <condition>}s, all of which must hold; nested {@code <conditions>} are refused. */
    private static List<Plugged> conditions(Element module) {
        if (child(module, "conditions").isPresent()) {
            throw new PluginWiringException("<conditions> in " + module.getAttribute("key")
                    + ": the host supports only plain <condition> elements");
        }
        return children(module).stream()
                .filter(e -> e.getTagName().equals("condition"))
                .map(PluginDescriptor::plugged)
                .toList();
    }

    private static Plugged plugged(Element e) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        for (Element param : children(e)) {
            if (param.getTagName().equals("param")) {
                String value =
                        optional(param, "value").orElse(param.getTextContent().strip());
                params.put(required(param, "name"), value);
            }
        }
        return new Plugged(required(e, "class"), params, "true".equals(e.getAttribute("invert")));
    }

    private static int weight(Element module) {
        return optional(module, "weight").map(Integer::parseInt).orElse(1000);
    }

    private static Optional<String> optional(Element e, String attribute) {
        String value = e.getAttribute(attribute);
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static String required(Element e, String attribute) {
        return optional(e, attribute)
                .orElseThrow(() -> new PluginWiringException(
                        "<" + e.getTagName() + "> needs the attribute \"" + attribute + "\" in atlassian-plugin.xml"));
    }
}
