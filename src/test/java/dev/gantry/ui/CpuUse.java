package dev.gantry.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Processor time spent over a stretch of the benchmark, split by who spent it: this JVM (Gantry and the benchmark
 * itself), its threads that update open tabs, the browser's processes and PostgreSQL's (Linux's {@code /proc}).
 * On a shared 2-core machine this says where an edit's extra time with many tabs open comes from.
 */
record CpuUse(
        double jvm,
        double tabUpdates,
        double browser,
        double database,
        java.util.Map<String, Long> threads,
        java.util.Map<String, Long> browserKinds) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long TICK_NANOS = 10_000_000; // USER_HZ = 100 on Linux

    static CpuUse now() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        java.util.Map<String, Long> browserKinds = browserProcessesByKind();
        return new CpuUse(
                os.getProcessCpuTime() / 1e6,
                tabUpdateThreads() / 1e6,
                browserKinds.values().stream().mapToLong(Long::longValue).sum() / 1e6,
                ProcessTable.processes("postgres").stream()
                                .mapToLong(ProcessTable.Entry::ticks)
                                .sum()
                        * TICK_NANOS
                        / 1e6,
                threadGroups(),
                browserKinds);
    }

    /** Milliseconds of processor time since {@code before}, as "JVM (of which tab updates) / browser / database". */
    String since(CpuUse before, int per) {
        return String.format(
                "%.1f (%.1f) / %.1f / %.1f",
                (jvm - before.jvm) / per,
                (tabUpdates - before.tabUpdates) / per,
                (browser - before.browser) / per,
                (database - before.database) / per);
    }

    /** The JVM threads that spent the most since {@code before}, by name without numbers, in ms per {@code per}. */
    String busiestThreads(CpuUse before, int per) {
        return threads.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.threads.getOrDefault(e.getKey(), 0L)))
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(8)
                .map(e -> String.format("%s %.1f", e.getKey(), e.getValue() / 1e6 / per))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The browser's processor time by kind of process (renderer, gpu-process, utility, browser), in ms per {@code per}. */
    String browserByKind(CpuUse before, int per) {
        return browserKinds.entrySet().stream()
                .map(e -> java.util.Map.entry(
                        e.getKey(), e.getValue() - before.browserKinds.getOrDefault(e.getKey(), 0L)))
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format("%s %.1f", e.getKey(), e.getValue() / 1e6 / per))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The browser's processes summed by their kind, from the {@code --type=} of their command line (none: the
     * browser process itself). Where ten idle tabs spend their time is not in their pages' scripts.
     */
    private static java.util.Map<String, Long> browserProcessesByKind() {
        java.util.Map<String, Long> kinds = new java.util.HashMap<>();
        for (ProcessTable.Entry process : ProcessTable.processes("chrom")) {
            kinds.merge(kind(process.dir()), process.ticks() * TICK_NANOS, Long::sum);
        }
        return kinds;
    }

    private static String kind(Path process) {
        try {
            String command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
            int type = command.indexOf("--type=");
            if (type < 0) {
                return "browser";
            }
            int end = command.indexOf(' ', type);
            return command.substring(type + 7, end < 0 ? command.length() : end);
        } catch (IOException | RuntimeException gone) {
            return "gone";
        }
    }

    /**
     * Every thread of this process by name, from {@code /proc/self/task}: Java's thread API would miss the JVM's
     * own threads (collector, JIT compilers), which are where allocation and warm-up show. Linux keeps 15
     * characters of a name.
     */
    private static java.util.Map<String, Long> threadGroups() {
        java.util.Map<String, Long> groups = new java.util.HashMap<>();
        for (ProcessTable.Entry thread : ProcessTable.threads(Path.of("/proc/self"))) {
            groups.merge(thread.command().replaceAll("[0-9]+", "#"), thread.ticks() * TICK_NANOS, Long::sum);
        }
        return groups;
    }

    private static long tabUpdateThreads() {
        long total = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("gantry-ui-events-")) {
                total += Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }
}
