package dev.gantry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What {@link ScriptPreload} reads from Vite's output, and the links it adds (the browser's side: ProductionBundleIT). */
class ScriptPreloadTest {

    @Test
    void theListIsTheOneViteWroteForTheEntrysDynamicImports() {
        String entry = "import{t as e}from\"./chunk-Bx.js\";const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f="
                + "[\"./FlowBootstrap-g.js\",\"./chunk-Bx.js\",\"./vaadin-details-C.css\"])))=>i.map(i=>d[i]);";

        assertThat(ScriptPreload.dynamicImportDependencies(entry))
                .containsExactly("FlowBootstrap-g.js", "chunk-Bx.js", "vaadin-details-C.css");
        assertThat(ScriptPreload.dynamicImportDependencies("console.log(1)")).isEmpty();
    }

    @Test
    void theEntryScriptIsFoundInTheBuiltPage() {
        String page =
                "<head><script type=\"module\" crossorigin src=\"./VAADIN/build/indexhtml-Bm.js\"></script></head>";

        assertThat(ScriptPreload.entryScript(page)).contains("VAADIN/build/indexhtml-Bm.js");
        assertThat(ScriptPreload.entryScript("<head></head>")).isEmpty();
    }

    @Test
    void scriptsAreModulePreloadedStylesPreloadedAndWhatThePageHasIsLeftAlone() {
        Document page = Jsoup.parse(
                "<html><head><link rel=\"modulepreload\" crossorigin href=\"./VAADIN/build/chunk-Bx.js\"></head></html>");

        ScriptPreload.addPreloads(
                page, List.of("chunk-Bx.js", "FlowClient-Q.js", "vaadin-details-C.css"), "VAADIN/static/push/p.js?v=1");

        assertThat(page.select("link[href='./VAADIN/build/chunk-Bx.js']")).hasSize(1);
        assertThat(page.select("link[rel=modulepreload][crossorigin][href='./VAADIN/build/FlowClient-Q.js']"))
                .hasSize(1);
        assertThat(page.select("link[rel=preload][as=style][crossorigin][href='./VAADIN/build/vaadin-details-C.css']"))
                .hasSize(1);
        assertThat(page.select("link[rel=preload][as=script][href='./VAADIN/static/push/p.js?v=1']"))
                .singleElement()
                .satisfies(push -> assertThat(push.hasAttr("crossorigin"))
                        .as("Vaadin's client adds the push script without CORS")
                        .isFalse());
    }
}
