package org.pmosuite.sandbox.host.module;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pmosuite.sandbox.host.module.DownloadResources.DownloadResource;

/** {@code /download/resources/<owner>/<name>} to classpath locations, as the resource and web-resource hosts register them. */
class DownloadResourcesTest {

    private final DownloadResources downloads = new DownloadResources();

    DownloadResourcesTest() {
        downloads.add("org.example.plugin", new DownloadResource("images/", "img/"));
        downloads.add("org.example.plugin:page", new DownloadResource("page.js", "js/page/page.js"));
    }

    @Test
    void aFileIsServedByItsExactNameAndAFolderByPrefix() {
        assertThat(downloads.location("org.example.plugin:page/page.js")).hasValue("js/page/page.js");
        assertThat(downloads.location("org.example.plugin/images/logo.png")).hasValue("img/logo.png");
    }

    @Test
    void anythingElseIsNotServed() {
        assertThat(downloads.location("org.example.plugin:page/page.css")).isEmpty();
        assertThat(downloads.location("org.example.plugin:other/page.js")).isEmpty();
        assertThat(downloads.location("org.example.plugin/page.js")).isEmpty();
        assertThat(downloads.location("no-slash")).isEmpty();
    }
}
