package org.pmosuite.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pmosuite.sandbox.data.PortfolioGenerator;

/**
 * A project administrator runs RAID setup in Chromium: through websudo, the dry run listing the two fields missing
 * from the project's own screen, Apply, the report of exactly those changes, and the page then saying there is
 * nothing left to do.
 */
class RaidSetupBrowserTest extends BrowserTestBase {

    private static final String MANAGER = PortfolioGenerator.PROJECT_MANAGER;

    @Test
    void aProjectAdministratorReviewsTheChangesAppliesThemAndNothingIsLeft() throws Exception {
        String project = session.sandbox().strings("""
                SELECT p.pkey FROM project p JOIN project_configuration c ON c.project_id = p.id
                JOIN screen s ON s.id = c.create_screen_id WHERE p.lead_user_key = ? AND s.name <> 'Default Screen'
                ORDER BY p.pkey""", MANAGER).get(0);
        session.switchTo(MANAGER);

        session.open("plugins/servlet/pmo/raid/setup?project=" + project);
        session.waiting().until(ExpectedConditions.urlContains("WebSudoAuthenticate.jspa"));
        browser.findElement(By.id("sandbox-websudo-confirm")).click();
        session.waiting().until(ExpectedConditions.attributeToBe(By.id("pmo-raid-setup"), "data-loaded", "plan"));

        assertThat(texts("#pmo-raid-setup-changes li")).containsExactly(
                "Add the field 'RAID Validate by' to the screen '" + project + ": Scrum Default Screen'.",
                "Add the field 'RAID Need by' to the screen '" + project + ": Scrum Default Screen'.");
        assertThat(browser.findElement(By.id("pmo-raid-setup-summary")).getText())
                .isEqualTo("Setup will make 2 changes in project " + project + ":");
        session.screenshot("raid-setup-dry-run");

        browser.findElement(By.id("pmo-raid-setup-apply")).click();
        session.waiting().until(ExpectedConditions.attributeToBe(By.id("pmo-raid-setup"), "data-loaded",
                "applied"));

        assertThat(texts("#pmo-raid-setup-applied li")).hasSize(2).allMatch(text -> text.startsWith("Add the field"));
        assertThat(browser.findElement(By.id("pmo-raid-setup-summary")).getText())
                .isEqualTo("Project " + project + " is ready for RAID: there is nothing to change.");
        assertThat(browser.findElements(By.cssSelector("#pmo-raid-setup-changes li"))).isEmpty();
        assertThat(browser.findElement(By.id("pmo-raid-setup-apply")).isDisplayed()).isFalse();
        session.screenshot("raid-setup-applied");

        session.open("plugins/servlet/pmo/raid/setup?project=" + project);
        session.waiting().until(ExpectedConditions.attributeToBe(By.id("pmo-raid-setup"), "data-loaded", "plan"));
        assertThat(browser.findElement(By.id("pmo-raid-setup-summary")).getText()).contains("nothing to change");
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
