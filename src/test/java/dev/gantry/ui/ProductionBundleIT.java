package dev.gantry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The editor on the production bundle, as users get it ({@code java -jar}, {@code spring-boot:run}); the other
 * browser tests run Vaadin's development mode. The page names up front the scripts Vaadin's client would otherwise
 * load one after the other ({@link ScriptPreload}), and the browser uses what it fetched ahead: a preload that does
 * not match the later request exactly (address, CORS mode) is fetched a second time, costing what it was to save.
 * Its icons come from Gantry's own small sprite ({@link GantryIcon}), not from Vaadin's set of 600 in the scripts.
 */
@GantryIntegrationTest
@TestPropertySource(properties = {TestDatabase.OWN_DATABASE + "=production_bundle", "vaadin.productionMode=true"})
class ProductionBundleIT {

    @LocalServerPort
    int port;

    @Test
    void theEditorFetchesItsScriptsAheadOnceEachAndDrawsItsIconsFromTheSprite() {
        try (Browser browser = Browser.launch();
                BrowserContext context = browser.newContext(port)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/");
            page.locator("[data-testid='canvas'] .react-flow__pane").waitFor();

            @SuppressWarnings("unchecked")
            List<Map<String, String>> icons = (List<Map<String, String>>)
                    page.evaluate(
                            "() => [...document.querySelectorAll('vaadin-icon')].map((i) => ({ src: i.src, symbol: i.symbol }))");
            APIResponse sprite = context.request().get("http://localhost:" + port + "/icons/gantry-icons.svg");
            assertThat(sprite.status()).isEqualTo(200);
            assertThat(icons)
                    .as("the toolbar's and palette's icons, each a symbol the sprite has")
                    .hasSizeGreaterThanOrEqualTo(5)
                    .allSatisfy(icon -> {
                        assertThat(icon.get("src")).isEqualTo("icons/gantry-icons.svg");
                        assertThat(sprite.text()).contains("<symbol id=\"" + icon.get("symbol") + "\"");
                    });

            @SuppressWarnings("unchecked")
            List<String> preloaded = (List<String>)
                    page.evaluate("() => [...document.querySelectorAll('link[rel=modulepreload], link[rel=preload]')]"
                            + ".map((l) => l.href)");
            assertThat(preloaded)
                    .as("the client engine, the components' bundle and the push script are asked for up front")
                    .anyMatch(href -> href.matches(".*/VAADIN/build/FlowClient-[^/]+\\.js"))
                    .anyMatch(href -> href.matches(".*/VAADIN/build/generated-flow-imports-[^/]+\\.js"))
                    .anyMatch(href -> href.contains("/VAADIN/static/push/vaadinPush-min.js?v="));

            @SuppressWarnings("unchecked")
            Map<String, Integer> fetches = (Map<String, Integer>)
                    page.evaluate("() => performance.getEntriesByType('resource').map((r) => r.name)"
                            + ".filter((n) => n.includes('/VAADIN/'))"
                            + ".reduce((counts, n) => ({ ...counts, [n]: (counts[n] || 0) + 1 }), {})");
            assertThat(fetches)
                    .as("what the page fetched from the bundle")
                    .containsKeys(preloaded.toArray(String[]::new));
            assertThat(fetches.entrySet())
                    .as("each file fetched once: every preload was used by the request it was made for")
                    .allSatisfy(fetched ->
                            assertThat(fetched.getValue()).as(fetched.getKey()).isEqualTo(1));
        }
    }
}
