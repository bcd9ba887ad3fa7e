package dev.gantry.ui;

import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import dev.gantry.api.ApiClient;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What the benchmark reads in the page: long tasks, animation frames, heap and DOM, where things are drawn. */
final class CanvasProbes {

    /** Installed before any page script runs: the longest main-thread block since load, and a frame counter. */
    static final String INIT = """
            window.__bench = { longest: 0, frames: 0, counting: false, t0: 0 };
            try {
              new PerformanceObserver((list) => {
                for (const e of list.getEntries()) window.__bench.longest = Math.max(window.__bench.longest, e.duration);
              }).observe({ type: 'longtask', buffered: true });
            } catch (e) {}
            """;

    /** Nodes are drawn and the view is fitted (React Flow's viewport is no longer at its initial transform). */
    private static final String NODES_SHOWN = """
            () => {
              const viewport = document.querySelector('.react-flow__viewport');
              return !!document.querySelector('.react-flow__node')
                && !!viewport && !/^translate\\(0px, 0px\\) scale\\(1\\)$/.test(viewport.style.transform);
            }""";

    /** A point of the canvas where nothing but the pane is, so a drag there pans. */
    private static final String EMPTY_PANE_POINT = """
            () => {
              const r = document.querySelector('.react-flow').getBoundingClientRect();
              for (let y = r.top + 40; y < r.bottom - 40; y += 23) {
                for (let x = r.left + 40; x < r.right - 220; x += 23) {
                  const hit = document.elementFromPoint(x, y);
                  if (hit && hit.classList.contains('react-flow__pane')) return { x, y };
                }
              }
              return null;
            }""";

    /** Component cards whose middle is on screen and not covered: id, name, where to click. */
    private static final String VISIBLE_COMPONENTS = """
            () => {
              const r = document.querySelector('.react-flow').getBoundingClientRect();
              const found = [];
              for (const el of document.querySelectorAll('.react-flow__node-component')) {
                const b = el.getBoundingClientRect();
                const x = b.left + b.width / 2, y = b.top + Math.min(b.height / 2, 12);
                if (x < r.left + 10 || x > r.right - 230 || y < r.top + 10 || y > r.bottom - 10) continue;
                const hit = document.elementFromPoint(x, y);
                const card = el.querySelector('[data-testid^="node-"]');
                if (!hit || !el.contains(hit) || !card) continue;
                found.push({ id: el.getAttribute('data-id'), name: card.getAttribute('data-testid').substring(5), x, y });
              }
              return found;
            }""";

    private CanvasProbes() {}

    static double waitForNodesShown(Page page) {
        long start = System.nanoTime();
        page.bringToFront();
        page.waitForFunction(
                NODES_SHOWN,
                null,
                new Page.WaitForFunctionOptions().setTimeout(600_000).setPollingInterval(20));
        return (System.nanoTime() - start) / 1e6;
    }

    static void resetLongest(Page page) {
        page.evaluate("() => { window.__bench.longest = 0; }");
    }

    static double longestTaskMillis(Page page) {
        return ((Number) page.evaluate("() => window.__bench.longest")).doubleValue();
    }

    static void startCountingFrames(Page page) {
        page.evaluate("""
                () => {
                  const b = window.__bench;
                  b.frames = 0; b.counting = true; b.t0 = performance.now();
                  const tick = () => { if (!b.counting) return; b.frames++; requestAnimationFrame(tick); };
                  requestAnimationFrame(tick);
                }""");
    }

    static double stopCountingFrames(Page page) {
        return ((Number)
                        page.evaluate(
                                "() => { const b = window.__bench; b.counting = false; return b.frames * 1000 / (performance.now() - b.t0); }"))
                .doubleValue();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> emptyPanePoint(Page page) {
        return (Map<String, Object>) page.evaluate(EMPTY_PANE_POINT);
    }

    record Card(String id, String name, double x, double y) {}

    @SuppressWarnings("unchecked")
    static List<Card> visibleComponents(Page page) {
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate(VISIBLE_COMPONENTS);
        return found.stream()
                .map(m -> new Card(
                        (String) m.get("id"),
                        (String) m.get("name"),
                        ((Number) m.get("x")).doubleValue(),
                        ((Number) m.get("y")).doubleValue()))
                .toList();
    }

    static int domElements(Page page) {
        return ((Number) page.evaluate("() => document.getElementsByTagName('*').length")).intValue();
    }

    /** Chromium's own count of the JavaScript heap in use, in megabytes. */
    static double heapMegabytes(Page page) {
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("Performance.enable");
        JsonNode metrics =
                ApiClient.JSON.readTree(cdp.send("Performance.getMetrics").toString());
        cdp.detach();
        for (JsonNode m : metrics.get("metrics")) {
            if (m.get("name").asString().equals("JSHeapUsedSize")) {
                return m.get("value").asDouble() / (1024 * 1024);
            }
        }
        return Double.NaN;
    }

    /** Shown in the property panel: its name field holds {@code name}. */
    static void waitForPropertyPanel(Page page, String name) {
        page.waitForFunction(
                "(name) => [...document.querySelectorAll('.gantry-property-panel vaadin-text-field')]"
                        + ".some((f) => f.value === name)",
                name,
                new Page.WaitForFunctionOptions().setTimeout(60_000).setPollingInterval(5));
    }

    static void waitForCard(Page page, String name) {
        page.waitForFunction(
                "(name) => !!document.querySelector(`[data-testid=\"node-${name}\"]`)",
                name,
                new Page.WaitForFunctionOptions().setTimeout(60_000).setPollingInterval(5));
    }
}
