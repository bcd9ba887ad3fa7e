package dev.gantry.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Linux's {@code /proc}, as the benchmark reads it: processes by command name, their threads and processor time. */
final class ProcessTable {

    /** A process (or thread) as its {@code stat} line read it. */
    record Entry(Path dir, String stat) {

        /** The command (or thread) name; Linux keeps 15 characters of it. */
        String command() {
            return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        }

        /** utime + stime (fields 14 and 15), in clock ticks. */
        long ticks() {
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
    }

    private ProcessTable() {}

    /** Every process whose command name starts with {@code prefix}; those that end meanwhile are left out. */
    static List<Entry> processes(String prefix) {
        return entries(Path.of("/proc")).stream()
                .filter(p -> p.command().startsWith(prefix))
                .toList();
    }

    /** The threads of {@code process} ({@code /proc/self} for this JVM's own). */
    static List<Entry> threads(Path process) {
        return entries(process.resolve("task"));
    }

    private static List<Entry> entries(Path dir) {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> all = Files.list(dir)) {
            all.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .forEach(p -> {
                        try {
                            entries.add(new Entry(p, Files.readString(p.resolve("stat"))));
                        } catch (IOException | RuntimeException gone) {
                            // ended meanwhile, or not ours to read
                        }
                    });
        } catch (IOException | UncheckedIOException gone) {
            // the directory went with its process: what was read so far
        }
        return entries;
    }
}
