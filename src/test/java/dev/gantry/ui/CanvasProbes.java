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
            window.addEventListener('mousedown', () => { window.__bench.pressedAt = performance.now(); }, true);
            try {
              new PerformanceObserver((list) => {
                for (const e of list.getEntries()) window.__bench.longest = Math.max(window.__bench.longest, e.duration);
              }).observe({ type: 'longtask', buffered: true });
            } catch (e) {}
            customElements.whenDefined('gantry-canvas').then(() => {
              window.__bench.defined = performance.now();
              const canvas = customElements.get('gantry-canvas').prototype;
              const apply = canvas.applyPatch;
              canvas.applyPatch = function (patch) {
                window.__bench.firstPatch = window.__bench.firstPatch || performance.now();
                return apply.call(this, patch);
              };
            });
            """;

    /**
     * Where a navigation's time went, in ms since it started: the page's HTML, the canvas's script defined, each
     * Vaadin request (UIDL) answered with its size, the first diagram patch handed to the canvas.
     */
    private static final String NAVIGATION_PHASES = """
            () => {
              const b = window.__bench, nav = performance.getEntriesByType('navigation')[0];
              const phases = { html: nav.responseEnd, scriptsDefinedCanvas: b.defined, firstPatch: b.firstPatch, shown: performance.now() };
              performance.getEntriesByType('resource')
                .filter((r) => r.name.includes('v-r=uidl') || r.name.includes('v-r=init'))
                .slice(0, 4)
                .forEach((r, i) => { phases['request' + i + ' (' + Math.round(r.decodedBodySize / 1024) + ' KB, ' + Math.round(r.transferSize / 1024)
                  + ' KB over the network) sent/first byte/answered']
                  = Math.round(r.startTime) + ' / ' + Math.round(r.responseStart) + ' / ' + Math.round(r.responseEnd); });
              const scripts = performance.getEntriesByType('resource').filter((r) => r.initiatorType === 'script'
                || r.name.endsWith('.js'));
              phases['scripts (KB, last answered)'] = Math.round(scripts.reduce((kb, r) => kb + r.decodedBodySize / 1024, 0))
                + ' KB in ' + scripts.length + ' (' + Math.round(scripts.reduce((kb, r) => kb + r.transferSize / 1024, 0))
                + ' KB over the network: ' + scripts.filter((r) => r.transferSize > 0).map((r) => r.name.replace(/.*\\//, '')).join(' ')
                + '), ' + Math.round(Math.max(0, ...scripts.map((r) => r.responseEnd)));
              return Object.entries(phases).map(([k, v]) => k + ' ' + (typeof v === 'number' ? Math.round(v) : v)).join(', ');
            }""";

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

    /** React Flow's zoom now. */
    static double zoom(Page page) {
        return ((Number) page.evaluate("() => new DOMMatrix(getComputedStyle("
                        + "document.querySelector('.react-flow__viewport')).transform).a"))
                .doubleValue();
    }

    /**
     * Zooms in with the mouse wheel at the middle of the canvas until cards are drawn with their names (a user does
     * not click a card a few pixels wide).
     */
    static void zoomInToCards(Page page) {
        Map<?, ?> box = (Map<?, ?>) page.evaluate("() => { const r = document.querySelector('.react-flow')"
                + ".getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }");
        page.mouse().move(((Number) box.get("x")).doubleValue(), ((Number) box.get("y")).doubleValue());
        for (int i = 0; i < 40 && zoom(page) < 0.3; i++) {
            page.mouse().wheel(0, -100);
            page.waitForTimeout(50);
        }
        page.waitForTimeout(500);
    }

    static void markClick(Page page) {
        page.evaluate("() => { window.__bench.clickAt = performance.now(); }");
    }

    /**
     * Since the last {@link #markClick}, in ms: the mouse pressed (as the page heard it), the first Vaadin request
     * sent, its first byte back, its last byte, and now.
     */
    static double[] clickPhases(Page page) {
        @SuppressWarnings("unchecked")
        List<Number> phases = (List<Number>) page.evaluate("""
                () => {
                  const at = window.__bench.clickAt;
                  const r = performance.getEntriesByType('resource').find((e) => e.name.includes('v-r=uidl') && e.startTime > at);
                  const pressed = window.__bench.pressedAt - at;
                  return r ? [pressed, r.startTime - at, r.responseStart - at, r.responseEnd - at, performance.now() - at]
                           : [pressed, NaN, NaN, NaN, performance.now() - at];
                }""");
        return phases.stream().mapToDouble(Number::doubleValue).toArray();
    }

    static String navigationPhases(Page page) {
        return (String) page.evaluate(NAVIGATION_PHASES);
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
