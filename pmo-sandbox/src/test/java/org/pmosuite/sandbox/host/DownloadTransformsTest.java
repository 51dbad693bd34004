package org.pmosuite.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pmosuite.sandbox.host.module.ModuleHosts;
import org.pmosuite.sandbox.host.module.PluginDescriptor;
import org.pmosuite.sandbox.host.module.PluginDescriptorReader;
import org.pmosuite.sandbox.host.module.ResourceModuleHost;
import org.pmosuite.sandbox.host.module.WebResourceModuleHost;
import org.pmosuite.sandbox.platform.JsI18nTransformer;
import org.pmosuite.sandbox.platform.PropertiesI18nResolver;

/** Only the files of a web-resource that declares {@code jsI18n} for their extension are translated. */
class DownloadTransformsTest {

    private static final String DESCRIPTOR = """
            <atlassian-plugin key="test.plugin" name="Test">
                <resource type="i18n" name="i18n" location="i18n/jsi18n-test"/>
                <resource type="download" name="plain.js" location="js/plain.js"/>
                <web-resource key="translated">
                    <transformation extension="js">
                        <transformer key="jsI18n"/>
                    </transformation>
                    <resource type="download" name="a.js" location="js/a.js"/>
                    <resource type="download" name="a.css" location="css/a.css"/>
                </web-resource>
                <web-resource key="untouched">
                    <transformation extension="css">
                        <transformer key="jsI18n"/>
                    </transformation>
                    <resource type="download" name="b.js" location="js/b.js"/>
                </web-resource>
            </atlassian-plugin>
            """;

    private final DownloadTransforms transforms;

    DownloadTransformsTest() throws Exception {
        PluginDescriptor descriptor = PluginDescriptorReader.read(
                new ByteArrayInputStream(DESCRIPTOR.getBytes(StandardCharsets.UTF_8)), ModuleHosts.all());
        transforms = new DownloadTransforms(descriptor, new JsI18nTransformer(
                PropertiesI18nResolver.load(getClass().getClassLoader(), ResourceModuleHost.i18nLocation(descriptor).orElseThrow())));
    }

    @Test
    void theDescriptorsTransformationsAreRead() throws Exception {
        PluginDescriptor descriptor = PluginDescriptorReader.read(
                new ByteArrayInputStream(DESCRIPTOR.getBytes(StandardCharsets.UTF_8)), ModuleHosts.all());
        assertThat(WebResourceModuleHost.find(descriptor, "translated").orElseThrow().transformations())
                .containsOnlyKeys("js").containsEntry("js", List.of("jsI18n"));
    }

    @Test
    void aJavaScriptFileOfAWebResourceWithTheTransformerIsTranslated() {
        assertThat(transforms.forPath("test.plugin:translated/a.js")).hasValueSatisfying(transform ->
                assertThat(transform.apply("AJS.I18n.getText('test.plain')")).isEqualTo("\"Open entries\""));
    }

    @Test
    void everythingElseIsServedUntouched() {
        assertThat(transforms.forPath("test.plugin:translated/a.css")).as("another extension").isEmpty();
        assertThat(transforms.forPath("test.plugin:untouched/b.js")).as("transformer for css only").isEmpty();
        assertThat(transforms.forPath("test.plugin:translated/missing.js")).as("no such resource").isEmpty();
        assertThat(transforms.forPath("test.plugin/plain.js")).as("a plugin-level download").isEmpty();
        assertThat(transforms.forPath("other.plugin:translated/a.js")).as("another plugin").isEmpty();
    }
}
