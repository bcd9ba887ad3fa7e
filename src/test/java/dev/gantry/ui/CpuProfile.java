package dev.gantry.ui;

import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import dev.gantry.api.ApiClient;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Chromium's sampling profiler over a stretch of what the benchmark does ({@code -Dbenchmark.profile=true}): where
 * the page's main thread spent its time, as the functions with the most self time. Tells where to look, not how
 * fast anything is (profiling slows the page).
 */
final class CpuProfile {

    /** Trace events that only wrap others (a task, a message): they say nothing about the work. */
    private static final java.util.Set<String> WRAPPERS = java.util.Set.of(
            "RunTask",
            "ThreadControllerImpl::RunTask",
            "ThreadPool_RunTask",
            "SimpleWatcher::OnHandleReady",
            "Receive mojo message",
            "TaskGraphRunner::RunTask",
            "RunMicrotasks",
            "FunctionCall");

    private final CDPSession cdp;

    private CpuProfile(CDPSession cdp) {
        this.cdp = cdp;
    }

    static CpuProfile start(Page page) {
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("Profiler.enable");
        com.google.gson.JsonObject interval = new com.google.gson.JsonObject();
        interval.addProperty("interval", 500);
        cdp.send("Profiler.setSamplingInterval", interval);
        cdp.send("Profiler.start");
        return new CpuProfile(cdp);
    }

    /** The {@code top} functions by self time, "name (script:line) ms" per line. */
    String stop(int top) {
        JsonNode profile =
                ApiClient.JSON.readTree(cdp.send("Profiler.stop").toString()).get("profile");
        cdp.detach();
        Map<Integer, String> names = new HashMap<>();
        for (JsonNode node : profile.get("nodes")) {
            JsonNode frame = node.get("callFrame");
            String url = frame.get("url").asString();
            String script = url.substring(url.lastIndexOf('/') + 1);
            String name = frame.get("functionName").asString();
            names.put(
                    node.get("id").asInt(),
                    (name.isEmpty() ? "(anonymous)" : name) + " (" + script + ":"
                            + frame.get("lineNumber").asInt() + ":"
                            + frame.get("columnNumber").asInt() + ")");
        }
        Map<String, Double> self = new HashMap<>();
        JsonNode samples = profile.get("samples");
        JsonNode deltas = profile.get("timeDeltas");
        for (int i = 0; i < samples.size(); i++) {
            self.merge(names.get(samples.get(i).asInt()), deltas.get(i).asDouble() / 1000, Double::sum);
        }
        return self.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(top)
                .map(e -> String.format("    %8.1f ms  %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining("\n", "\n", ""));
    }

    /**
     * Where a Chromium trace's time went, by kind of work (script, style, layout, paint, ...): the {@code top}
     * kinds of complete events by total duration, nested ones included.
     */
    static String traceSummary(byte[] trace, int top) {
        JsonNode events = ApiClient.JSON.readTree(trace).get("traceEvents");
        Map<String, Double> total = new HashMap<>();
        for (JsonNode e : events) {
            if ("X".equals(e.path("ph").asString(""))
                    && e.has("dur")
                    && !WRAPPERS.contains(e.get("name").asString())) {
                total.merge(e.get("name").asString(), e.get("dur").asDouble() / 1000, Double::sum);
            }
        }
        return total.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(top)
                .map(e -> String.format("    %8.1f ms  %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining("\n", "\n", ""));
    }
}
