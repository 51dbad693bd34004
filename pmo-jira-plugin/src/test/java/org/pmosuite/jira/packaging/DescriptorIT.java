package org.pmosuite.jira.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pmosuite.core.portfolio.PmoLeadAccess;
import org.pmosuite.core.raid.setup.RaidCustomField;
import org.pmosuite.jira.raid.field.RaidFieldTypes;
import org.w3c.dom.Element;

/** Everything atlassian-plugin.xml names is in the jar, and is what its module type needs. */
class DescriptorIT extends PackagedJarTest {

    /** Module types the app uses. A new one must be added here, with what it requires, on purpose. */
    private static final Set<String> KNOWN_MODULES = Set.of("plugin-info", "resource", "rest", "servlet", "ao",
            "web-resource", "web-item", "web-section", "velocity-allowlist", "dashboard-item",
            "web-panel", "customfield-type", "global-permission");

    private static Element descriptor;

    @BeforeAll
    static void readJar() throws Exception {
        descriptor = jar.descriptor();
    }

    @Test
    void isFullyFilteredAtBuildTime() {
        assertThat(jar.text("atlassian-plugin.xml").orElseThrow()).doesNotContain("${");
        assertThat(descriptor.getAttribute("plugins-version")).isEqualTo("2");
        assertThat(descriptor.getAttribute("name")).isEqualTo("PMO Suite for Jira");
    }

    @Test
    void pluginInfoDeclaresVersionVendorDataCenterAndImages() {
        Element info = PluginJar.children(descriptor, "plugin-info").get(0);
        assertThat(PluginJar.children(info, "version").get(0).getTextContent())
                .isEqualTo(System.getProperty("pmo.project.version"));
        Element vendor = PluginJar.children(info, "vendor").get(0);
        assertThat(vendor.getAttribute("name")).isNotBlank();
        assertThat(vendor.getAttribute("url")).startsWith("https://");

        Map<String, String> params = new HashMap<>();
        PluginJar.children(info, "param").forEach(p -> params.put(p.getAttribute("name"), p.getTextContent().trim()));
        assertThat(params).containsEntry("atlassian-data-center-status", "compatible")
                .containsEntry("atlassian-data-center-compatible", "true");
        for (String image : List.of(params.get("plugin-icon"), params.get("plugin-logo"))) {
            assertThat(image).isNotNull();
            byte[] png = jar.bytes(image);
            assertThat(png).as(image + " in the jar").isNotNull();
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        }
    }

    @Test
    void usesOnlyKnownModuleTypesEachWithAUniqueKey() {
        Set<String> keys = new HashSet<>();
        for (Element module : PluginJar.children(descriptor, null)) {
            assertThat(KNOWN_MODULES).as("module type <" + module.getTagName() + ">").contains(module.getTagName());
            if (!module.getTagName().equals("plugin-info") && !module.getTagName().equals("resource")) {
                assertThat(keys.add(module.getAttribute("key"))).as("unique key " + module.getAttribute("key"))
                        .isTrue();
            }
        }
    }

    @Test
    void servletsAreServletsWithAUrl() {
        for (Element servlet : PluginJar.children(descriptor, "servlet")) {
            Class<?> type = jar.loadClass(servlet.getAttribute("class"));
            assertThat(HttpServlet.class).isAssignableFrom(type);
            assertThat(Modifier.isAbstract(type.getModifiers())).isFalse();
            assertThat(PluginJar.children(servlet, "url-pattern")).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.getTextContent()).startsWith("/pmo/"));
        }
    }

    /**
     * A web panel needs a location and a class Jira can build as the module (a {@code WebPanel}, not abstract); a
     * panel on the issue view sits in the right column, the location Jira 11 apps use.
     */
    @Test
    void webPanelsAreWebPanelsAtAKnownLocation() {
        List<Element> panels = PluginJar.children(descriptor, "web-panel");
        assertThat(panels).isNotEmpty();
        Class<?> webPanel = jar.loadClass("com.atlassian.plugin.web.api.model.WebPanel");
        for (Element panel : panels) {
            Class<?> type = jar.loadClass(panel.getAttribute("class"));
            assertThat(webPanel).as(panel.getAttribute("key")).isAssignableFrom(type);
            assertThat(Modifier.isAbstract(type.getModifiers())).isFalse();
            assertThat(panel.getAttribute("location")).isEqualTo("atl.jira.view.issue.right.context");
            assertThat(PluginJar.children(panel, "label")).singleElement()
                    .satisfies(label -> assertThat(label.getAttribute("key")).isNotBlank());
        }
    }

    /**
     * Each RAID field's type is a module of its own, under the key RAID setup creates the field with: a concrete
     * custom field type with one public constructor (Jira builds it), a view template, an edit template unless it is
     * calculated, and Jira's own searcher that setup names among its valid searchers.
     */
    @Test
    void everyRaidFieldHasACustomFieldTypeWithTemplatesAndTheSearcherSetupUses() {
        Map<String, Element> types = new HashMap<>();
        PluginJar.children(descriptor, "customfield-type").stream()
                .filter(type -> type.getAttribute("key").startsWith("raid-"))
                .forEach(type -> types.put(type.getAttribute("key"), type));
        Class<?> fieldType = jar.loadClass("com.atlassian.jira.issue.customfields.CustomFieldType");
        assertThat(types).hasSize(RaidCustomField.values().length);
        for (RaidCustomField field : RaidCustomField.values()) {
            Element type = types.get(RaidFieldTypes.moduleKey(field));
            assertThat(type).as(field + " has a customfield-type").isNotNull();
            Class<?> implementation = jar.loadClass(type.getAttribute("class"));
            assertThat(fieldType).as(field.name()).isAssignableFrom(implementation);
            assertThat(Modifier.isAbstract(implementation.getModifiers())).isFalse();
            assertThat(implementation.getConstructors()).as(field + ": one constructor for Jira").hasSize(1);
            assertThat(PluginJar.children(type, "description")).singleElement()
                    .satisfies(description -> assertThat(description.getAttribute("key")).isNotBlank());
            Set<String> templates = new HashSet<>();
            PluginJar.children(type, "resource").forEach(resource -> {
                assertThat(resource.getAttribute("type")).isEqualTo("velocity");
                templates.add(resource.getAttribute("name"));
            });
            assertThat(templates).as(field.name()).isEqualTo(field == RaidCustomField.SCORE ? Set.of("view")
                    : Set.of("view", "edit"));
            List<String> searchers = new ArrayList<>();
            PluginJar.children(type, "valid-searcher").forEach(searcher -> {
                assertThat(searcher.getAttribute("package")).isEqualTo("com.atlassian.jira.plugin.system.customfieldtypes");
                searchers.add(searcher.getAttribute("package") + ":" + searcher.getAttribute("key"));
            });
            assertThat(searchers).as(field.name()).contains(RaidFieldTypes.searcherKey(field));
        }
    }

    /**
     * Each scoring input, both estimates and the Priority score have a field type under the key the Jira adapter
     * finds their fields by: concrete, one constructor, a view template (and an edit one unless calculated), and
     * Jira's number searchers, so that JQL compares and sorts them.
     */
    @Test
    void everyScoringFieldHasANumberFieldTypeUnderTheKeyTheAdapterFindsItBy() {
        Map<String, Element> types = new HashMap<>();
        PluginJar.children(descriptor, "customfield-type").stream()
                .filter(type -> type.getAttribute("key").startsWith("portfolio-"))
                .forEach(type -> types.put(type.getAttribute("key"), type));
        List<String> expected = new ArrayList<>();
        for (org.pmosuite.core.portfolio.scoring.ScoringInput input
                : org.pmosuite.core.portfolio.scoring.ScoringInput.values()) {
            expected.add(org.pmosuite.jira.portfolio.field.ScoringFieldTypes.moduleKey(input));
        }
        expected.add(org.pmosuite.jira.portfolio.field.ScoringFieldTypes.PERSON_DAYS);
        expected.add(org.pmosuite.jira.portfolio.field.ScoringFieldTypes.BUDGET);
        expected.add("portfolio-priority-score-field");
        assertThat(types.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        Class<?> fieldType = jar.loadClass("com.atlassian.jira.issue.customfields.CustomFieldType");
        for (String key : expected) {
            Element type = types.get(key);
            Class<?> implementation = jar.loadClass(type.getAttribute("class"));
            assertThat(fieldType).as(key).isAssignableFrom(implementation);
            assertThat(Modifier.isAbstract(implementation.getModifiers())).as(key).isFalse();
            assertThat(implementation.getConstructors()).as(key).hasSize(1);
            Set<String> templates = new HashSet<>();
            PluginJar.children(type, "resource").forEach(resource -> templates.add(resource.getAttribute("name")));
            assertThat(templates).as(key).isEqualTo(key.equals("portfolio-priority-score-field") ? Set.of("view")
                    : Set.of("view", "edit"));
            List<String> searchers = new ArrayList<>();
            PluginJar.children(type, "valid-searcher").forEach(searcher -> searchers.add(searcher.getAttribute("key")));
            assertThat(searchers).as(key).contains("exactnumber", "numberrange");
        }
    }

    /**
     * Jira's global-permission parser requires {@code i18n-description-key} and reads {@code anonymous-allowed}
     * (true unless it says "false"); the name comes from {@code i18n-name-key}. Jira registers the permission under
     * the bare module key, which the code asks for with {@code GlobalPermissionKey.of}: the PMO lead permission is
     * {@link PmoLeadAccess#PERMISSION_KEY} and can never be granted to anonymous users.
     */
    @Test
    void thePmoLeadGlobalPermissionIsTheOneTheCodeAsksForAndNotForAnonymousUsers() {
        List<Element> permissions = PluginJar.children(descriptor, "global-permission");
        assertThat(permissions).extracting(permission -> permission.getAttribute("key"))
                .containsExactly(PmoLeadAccess.PERMISSION_KEY);
        for (Element permission : permissions) {
            assertThat(permission.getAttribute("i18n-name-key")).isNotBlank();
            assertThat(permission.getAttribute("i18n-description-key")).isNotBlank();
            assertThat(permission.getAttribute("anonymous-allowed")).isEqualTo("false");
            assertThat(permission.hasAttribute("class")).as("a global permission names no class").isFalse();
        }
    }

    @Test
    void restModulesPointAtPackagesWithResources() {
        List<Element> rests = PluginJar.children(descriptor, "rest");
        assertThat(rests).hasSize(1);
        Element rest = rests.get(0);
        assertThat(rest.getAttribute("path")).isEqualTo("/pmo");
        assertThat(rest.getAttribute("version")).isEqualTo("1.0");
        for (Element pkg : PluginJar.children(rest, "package")) {
            String prefix = pkg.getTextContent().trim() + ".";
            assertThat(jar.classNames().stream().filter(n -> n.startsWith(prefix)).map(jar::loadClass)
                    .filter(c -> c.isAnnotationPresent(Path.class)))
                    .as("resources under " + prefix).isNotEmpty();
        }
    }

    @Test
    void everyResourceFileExists() {
        for (Element webResource : PluginJar.children(descriptor, "web-resource")) {
            List<Element> resources = PluginJar.children(webResource, "resource");
            assertThat(resources).as(webResource.getAttribute("key")).isNotEmpty();
            resources.forEach(r -> assertThat(jar.has(r.getAttribute("location")))
                    .as(r.getAttribute("location")).isTrue());
        }
        for (Element resource : PluginJar.children(descriptor, "resource")) {
            String location = resource.getAttribute("location");
            if (resource.getAttribute("type").equals("i18n")) {
                assertThat(jar.has(location + ".properties")).as(location).isTrue();
            } else {
                assertThat(jar.entryNames()).as(location).anyMatch(e -> e.startsWith(location));
            }
        }
    }

    @Test
    void allowlistedTemplateMethodsExistAndArePublic() throws Exception {
        List<Element> methods = PluginJar.children(PluginJar.children(descriptor, "velocity-allowlist").get(0),
                "method");
        assertThat(methods).isNotEmpty();
        for (Element method : methods) {
            String entry = method.getTextContent().trim();
            assertThat(entry).matches("[\\w.$]+#\\w+\\(\\)");
            Class<?> type = jar.loadClass(entry.substring(0, entry.indexOf('#')));
            Method found = type.getMethod(entry.substring(entry.indexOf('#') + 1, entry.indexOf('(')));
            assertThat(Modifier.isPublic(found.getModifiers())).as(entry).isTrue();
        }
    }

    @Test
    void webItemsLinkIntoTheApp() {
        for (Element item : PluginJar.children(descriptor, "web-item")) {
            assertThat(item.getAttribute("section")).as(item.getAttribute("key")).isNotBlank();
            String link = PluginJar.children(item, "link").get(0).getTextContent().trim();
            assertThat(link).startsWith("/plugins/servlet/pmo/");
        }
    }

    /**
     * Jira's dashboard-item parser refuses a module without {@code <definition>}, its {@code <title key>} or its
     * {@code <author><name>}: the whole plugin then fails to enable. A client-side item names an AMD module that a
     * web-resource in the {@code atl.dashboard} context defines, and a thumbnail the jar holds.
     */
    @Test
    void dashboardItemsHaveWhatJirasParserRequiresAndAModuleThatLoadsOnDashboards() {
        List<Element> items = PluginJar.children(descriptor, "dashboard-item");
        assertThat(items).isNotEmpty();
        for (Element item : items) {
            String key = item.getAttribute("key");
            List<Element> definition = PluginJar.children(item, "definition");
            assertThat(definition).as(key + " <definition>").hasSize(1);
            List<Element> title = PluginJar.children(definition.get(0), "title");
            assertThat(title).as(key + " <title>").hasSize(1);
            assertThat(title.get(0).getAttribute("key")).as(key + " title key").isNotBlank();
            List<Element> author = PluginJar.children(definition.get(0), "author");
            assertThat(author).as(key + " <author>").hasSize(1);
            assertThat(PluginJar.children(author.get(0), "name")).as(key + " <author><name>")
                    .singleElement().satisfies(name -> assertThat(name.getTextContent()).isNotBlank()
                            .doesNotContain("${"));
            for (Element thumbnail : PluginJar.children(definition.get(0), "thumbnail")) {
                String location = thumbnail.getAttribute("location");
                String prefix = "/download/resources/" + jar.pluginKey() + "/";
                assertThat(location).as(key + " thumbnail").startsWith(prefix);
                assertThat(jar.has(location.substring(prefix.length()))).as(location).isTrue();
            }
            String module = PluginJar.children(item, "amd-module").get(0).getTextContent().trim();
            assertThat(dashboardScripts()).as(key + ": a web-resource in atl.dashboard defines " + module)
                    .anySatisfy(script -> assertThat(script).contains("define('" + module + "'"));
        }
    }

    private static List<String> dashboardScripts() {
        List<String> scripts = new ArrayList<>();
        for (Element webResource : PluginJar.children(descriptor, "web-resource")) {
            boolean onDashboards = PluginJar.children(webResource, "context").stream()
                    .anyMatch(context -> context.getTextContent().trim().equals("atl.dashboard"));
            if (onDashboards) {
                for (Element resource : PluginJar.children(webResource, "resource")) {
                    jar.text(resource.getAttribute("location")).ifPresent(scripts::add);
                }
            }
        }
        return scripts;
    }
}
