package dev.gantry.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.TestDatabase;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.ChangeSetStatus;
import dev.gantry.changeset.ChangeSetView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Change sets as a user handles them: named on creation, renamed, listed with their history, followed live. */
@GantryIntegrationTest
@AsOwner
@TestPropertySource(properties = TestDatabase.OWN_DATABASE + "=editor_browser")
class ChangeSetsBrowserIT extends SignedInPageTest {

    @Autowired
    ChangeSetService changeSets;

    @Test
    void thePageIsTheProductAsUsersGetItWithoutDeveloperToolsAndWithAnIcon() {
        page.navigate(base());
        page.locator("[data-testid='canvas']").waitFor(); // the first page of a fresh server takes a while
        assertThat(page.locator("vaadin-dev-tools")).hasCount(0);
        String icon = page.locator("link[rel='icon']").getAttribute("href");
        APIResponse served = context.request().get(base() + icon);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.headers().get("content-type")).contains("image/svg+xml");
    }

    @Test
    void aNewChangeSetIsNamedInADialogAndCanBeRenamed() {
        page.navigate(base());
        page.locator("[data-testid='new-change-set']").click();
        Locator name = page.locator("[data-testid='change-set-name'] input");
        name.fill("ECR Infrastructure How-to");
        GuideScreenshots.take(page, "change-set-name");
        name.press("Enter");

        assertThat(page.locator("vaadin-select.gantry-change-set-selector"))
                .containsText("ECR Infrastructure How-to · open");
        page.waitForURL(url -> url.contains("changeSet="));
        ChangeSetId created = ChangeSetId.parse(page.url().replaceAll(".*changeSet=", ""));
        assertThat(changeSets.get(created).name()).isEqualTo("ECR Infrastructure How-to");

        page.locator("[data-testid='rename-change-set']").click();
        name.fill("   ");
        page.locator("[data-testid='change-set-name-save']").click();
        assertThat(page.locator("[data-testid='change-set-name']")).containsText("A change set needs a name");
        name.fill("ECS Infra");
        page.locator("[data-testid='change-set-name-save']").click();

        assertThat(page.locator("vaadin-select.gantry-change-set-selector")).containsText("ECS Infra · open");
        assertThat(changeSets.get(created).name()).isEqualTo("ECS Infra");
        assertThat(changeSets.audit(created)).anyMatch(e -> e.action().equals("rename change set"));
    }

    @Test
    void aChangeSetCreatedElsewhereAppearsInTheSelectorWithoutAReload() {
        page.navigate(base());
        changeSets.create("Clean up How-to");

        page.locator("vaadin-select.gantry-change-set-selector").click();
        assertThat(page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Clean up How-to")))
                .hasCount(1);
    }

    @Test
    void theHistoryListsAbandonedChangeSetsWithAuthorAndWhatWasDoneReadOnly() {
        ChangeSetView gone = changeSets.create("Tried and dropped");
        changeSets.abandon(gone.id());
        page.navigate(base());

        page.locator("[data-testid='change-set-history-button']").click();
        Locator list = page.locator("[data-testid='change-set-list']");
        Locator row =
                list.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("Tried and dropped"));
        assertThat(row).hasCount(1);
        assertThat(list).containsText("abandoned");
        assertThat(list).containsText(TestDatabase.OWNER);
        row.click();
        assertThat(page.locator("[data-testid='history-edits']")).containsText("abandon");
        GuideScreenshots.take(page, "change-set-history");
        page.locator("[data-testid='history-open']").click();

        assertThat(page.locator("[data-testid='change-set-status']")).hasText("abandoned");
        assertThat(page.locator("[data-testid='rename-change-set']")).isHidden();
        assertThat(changeSets.get(gone.id()).status()).isEqualTo(ChangeSetStatus.ABANDONED);
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }
}
