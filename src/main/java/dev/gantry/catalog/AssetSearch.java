package dev.gantry.catalog;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The palette's search, built once at load: an inverted index from name, service and documentation words to
 * assets. Ranking: the exact name, then names starting with the query, then assets matching every query word
 * (weighted name > service > documentation).
 */
final class AssetSearch {

    private static final int EXACT = 10_000;
    private static final int PREFIX = 5_000;
    private static final int NAME_WORD = 40;
    private static final int NAME_WORD_PREFIX = 20;
    private static final int SERVICE_WORD = 15;
    private static final int DOC_WORD = 3;

    private final Asset[] assets;
    private final String[] normalizedNames;
    private final String[] normalizedShortNames;
    private final TreeMap<String, BitSet> nameWords = new TreeMap<>();
    private final Map<String, BitSet> serviceWords = new HashMap<>();
    private final Map<String, BitSet> docWords = new HashMap<>();

    AssetSearch(List<Asset> all) {
        this.assets = all.toArray(Asset[]::new);
        this.normalizedNames = new String[assets.length];
        this.normalizedShortNames = new String[assets.length];
        for (int i = 0; i < assets.length; i++) {
            index(i, assets[i]);
        }
    }

    private void index(int i, Asset asset) {
        normalizedNames[i] = SocketNames.normalize(asset.name());
        normalizedShortNames[i] = SocketNames.normalize(shortName(asset.name()));
        nameWords(asset.name())
                .forEach(w -> nameWords.computeIfAbsent(w, k -> new BitSet()).set(i));
        words(asset.service())
                .forEach(w -> serviceWords.computeIfAbsent(w, k -> new BitSet()).set(i));
        words(asset.documentation())
                .forEach(w -> docWords.computeIfAbsent(w, k -> new BitSet()).set(i));
    }

    List<Asset> search(String query, int limit) {
        String normalized = SocketNames.normalize(query == null ? "" : query);
        List<String> queryWords = new ArrayList<>(words(query));
        if (normalized.isEmpty() || limit <= 0) {
            return List.of();
        }
        BitSet candidates = candidates(queryWords);
        for (int i = 0; i < assets.length; i++) {
            if (normalizedNames[i].startsWith(normalized) || normalizedShortNames[i].startsWith(normalized)) {
                candidates.set(i);
            }
        }
        List<int[]> scored = new ArrayList<>();
        candidates.stream().forEach(i -> scored.add(new int[] {i, score(i, normalized, queryWords)}));
        scored.sort(Comparator.<int[]>comparingInt(s -> -s[1])
                .thenComparingInt(s -> assets[s[0]].kind().ordinal())
                .thenComparingInt(s -> assets[s[0]].name().length())
                .thenComparing(s -> assets[s[0]].name()));
        return scored.stream().limit(limit).map(s -> assets[s[0]]).toList();
    }

    /** Assets matching every query word in some field (a word may be a prefix of a name word). */
    private BitSet candidates(List<String> queryWords) {
        BitSet result = null;
        for (String word : queryWords) {
            BitSet matching = new BitSet();
            nameWords.subMap(word, word + Character.MAX_VALUE).values().forEach(matching::or);
            or(matching, serviceWords.get(word));
            or(matching, docWords.get(word));
            if (result == null) {
                result = matching;
            } else {
                result.and(matching);
            }
        }
        return result == null ? new BitSet() : result;
    }

    private int score(int i, String normalized, List<String> queryWords) {
        int score = 0;
        if (normalizedNames[i].equals(normalized)) {
            score += 2 * EXACT;
        } else if (normalizedShortNames[i].equals(normalized)) {
            score += EXACT;
        } else if (normalizedNames[i].startsWith(normalized) || normalizedShortNames[i].startsWith(normalized)) {
            score += PREFIX;
        }
        for (String word : queryWords) {
            score += wordScore(i, word);
        }
        return score;
    }

    private int wordScore(int i, String word) {
        if (has(nameWords.get(word), i)) {
            return NAME_WORD;
        }
        for (BitSet set : nameWords.subMap(word, word + Character.MAX_VALUE).values()) {
            if (set.get(i)) {
                return NAME_WORD_PREFIX;
            }
        }
        return has(serviceWords.get(word), i) ? SERVICE_WORD : has(docWords.get(word), i) ? DOC_WORD : 0;
    }

    /** {@code AWS::EC2::Subnet} → Subnet; a sub-asset's property ({@code TaskDefinition ContainerDefinitions}). */
    private static String shortName(String name) {
        String last = TypeDirectory.shortName(name);
        return last.substring(last.lastIndexOf(' ') + 1);
    }

    /** Name words: each camel-case word and each whole segment ({@code natgateway} as well as {@code nat}). */
    private static Set<String> nameWords(String name) {
        Set<String> result = new LinkedHashSet<>();
        for (String segment : name.split("[^A-Za-z0-9]+")) {
            if (!segment.isEmpty()) {
                result.add(segment.toLowerCase(Locale.ROOT));
                SocketNames.words(segment).forEach(w -> result.add(w.toLowerCase(Locale.ROOT)));
            }
        }
        return result;
    }

    private static Set<String> words(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<String> result = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean wordChar = i < lower.length() && isWordChar(lower.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                result.add(lower.substring(start, i));
                start = -1;
            }
        }
        return result;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean has(BitSet set, int i) {
        return set != null && set.get(i);
    }

    private static void or(BitSet target, BitSet source) {
        if (source != null) {
            target.or(source);
        }
    }
}
