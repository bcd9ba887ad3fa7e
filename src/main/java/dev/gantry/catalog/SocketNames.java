package dev.gantry.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** How raw CloudFormation names become the names users see, and how loosely typed names are found again. */
final class SocketNames {

    private SocketNames() {}

    /** {@code SubnetId} → {@code Subnet Id}, {@code DNSName} → {@code DNS Name}. */
    static String spaced(String raw) {
        return String.join(" ", words(raw));
    }

    /** Camel-case words: a boundary before an upper-case letter that follows a lower-case letter or digit, or
     * that starts a capitalised word after an acronym. Hand-rolled: it runs for every property at load. */
    static List<String> words(String raw) {
        List<String> words = new ArrayList<>(4);
        int start = 0;
        for (int i = 1; i < raw.length(); i++) {
            char previous = raw.charAt(i - 1);
            char current = raw.charAt(i);
            boolean afterLower =
                    Character.isUpperCase(current) && (Character.isLowerCase(previous) || Character.isDigit(previous));
            boolean endOfAcronym = Character.isUpperCase(previous)
                    && Character.isUpperCase(current)
                    && i + 1 < raw.length()
                    && Character.isLowerCase(raw.charAt(i + 1));
            if (afterLower || endOfAcronym) {
                words.add(raw.substring(start, i));
                start = i;
            }
        }
        if (start < raw.length()) {
            words.add(raw.substring(start));
        }
        return words;
    }

    /**
     * A nested property's socket name: its path spaced out, dropping the {@code Configuration} that every
     * intermediate object type repeats ({@code NetworkConfiguration.AwsvpcConfiguration.SecurityGroups} →
     * {@code Network Awsvpc Security Groups}, the name the ECS how-to uses).
     */
    static String pathName(List<String> path) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            String segment = path.get(i);
            if (i < path.size() - 1
                    && segment.endsWith("Configuration")
                    && segment.length() > "Configuration".length()) {
                segment = segment.substring(0, segment.length() - "Configuration".length());
            }
            parts.add(spaced(segment));
        }
        return String.join(" ", parts);
    }

    /** Case, spaces and punctuation ignored: {@code AWS::EC2::NATGateway} and {@code aws ec2 natgateway} agree. */
    static String normalize(String name) {
        StringBuilder normalized = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                normalized.append(c);
            }
        }
        return normalized.toString();
    }

    /**
     * The single candidate whose normalized name is within a small edit distance of {@code wanted} (the guides'
     * typos: "Task Defition"); none when two are equally close, since guessing between them would mislead.
     */
    static <T> T closest(String wanted, Iterable<T> candidates, Function<T, String> nameOf) {
        String target = normalize(wanted);
        int allowed = target.length() >= 10 ? 2 : target.length() >= 5 ? 1 : 0;
        T best = null;
        int bestDistance = allowed + 1;
        boolean tie = false;
        for (T candidate : candidates) {
            int d = distance(target, normalize(nameOf.apply(candidate)), allowed + 1);
            if (d > allowed) {
                continue;
            }
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Optimal string alignment distance, giving up (returning {@code limit}) once it cannot be under it. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin >= limit) {
                return limit;
            }
        }
        return Math.min(d[a.length()][b.length()], limit);
    }
}
