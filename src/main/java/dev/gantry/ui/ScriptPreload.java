package dev.gantry.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.Version;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Lets the browser fetch and parse, while it runs the page's first script, the scripts Vaadin's client loads only
 * after that: it asks the server for the UI ({@code v-r=init}), waits for the answer, then loads the push script, then
 * the components' bundle (the largest script), then its client engine, one after the other. On a 1,000-component change set
 * that chain was most of the time before the diagram was asked for, the browser's main thread idle in it. The list
 * is the one Vite wrote into the entry script for its own preloading ({@code __vite__mapDeps}) when that import
 * runs; the push script's address is the one Vaadin gives its client (BootstrapHandler.getPushScript).
 *
 * <p>Production mode only: the development bundle is served by other means, and is not what users wait for. If the
 * bundle's entry script cannot be read or has no such list (another Vite), pages are served as before.
 */
@Component
class ScriptPreload implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ScriptPreload.class);

    /** Where the production bundle's files are on the class path, and where the browser finds them. */
    private static final String BUNDLE = "META-INF/VAADIN/webapp/";

    private static final Pattern ENTRY = Pattern.compile("src=\"\\./(VAADIN/build/indexhtml-[^\"]+\\.js)\"");
    private static final Pattern DEPENDENCIES = Pattern.compile("m\\.f=\\[([^\\]]*)\\]");
    private static final Pattern FILE = Pattern.compile("\"\\./([^\"]+)\"");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!event.getSource().getDeploymentConfiguration().isProductionMode()) {
            return;
        }
        List<String> files = read(BUNDLE + "index.html")
                .flatMap(ScriptPreload::entryScript)
                .flatMap(entry -> read(BUNDLE + entry))
                .map(ScriptPreload::dynamicImportDependencies)
                .orElse(List.of());
        if (files.isEmpty()) {
            log.info("The production bundle names no scripts to load after its first: pages preload nothing");
            return;
        }
        String pushScript = "VAADIN/static/push/vaadinPush-min.js?v=" + Version.getBuildHash();
        event.addIndexHtmlRequestListener(page -> addPreloads(page.getDocument(), files, pushScript));
    }

    static void addPreloads(Document page, List<String> bundleFiles, String pushScript) {
        Element head = page.head();
        for (String file : bundleFiles) {
            String href = "./VAADIN/build/" + file;
            if (!page.select("[href=\"" + href + "\"], [src=\"" + href + "\"]").isEmpty()) {
                continue; // Vite put it in the page already
            }
            Element link = head.appendElement("link").attr("href", href).attr("crossorigin", "");
            if (file.endsWith(".css")) {
                link.attr("rel", "preload").attr("as", "style");
            } else {
                link.attr("rel", "modulepreload");
            }
        }
        // Vaadin's client adds the push script as a classic script without crossorigin: the preload must match it.
        head.appendElement("link").attr("rel", "preload").attr("as", "script").attr("href", "./" + pushScript);
    }

    static Optional<String> entryScript(String indexHtml) {
        Matcher entry = ENTRY.matcher(indexHtml);
        return entry.find() ? Optional.of(entry.group(1)) : Optional.empty();
    }

    /** The files of the dynamic imports' dependency list Vite writes into a script, relative to its directory. */
    static List<String> dynamicImportDependencies(String script) {
        Matcher list = DEPENDENCIES.matcher(script);
        if (!list.find()) {
            return List.of();
        }
        return FILE.matcher(list.group(1)).results().map(m -> m.group(1)).toList();
    }

    private static Optional<String> read(String path) {
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.warn("Could not read {} of the production bundle: {}", path, e.getMessage());
            return Optional.empty();
        }
    }
}
