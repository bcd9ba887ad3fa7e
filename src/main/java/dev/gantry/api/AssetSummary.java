package dev.gantry.api;

import dev.gantry.catalog.Asset;

/** One search hit: enough for the palette. */
public record AssetSummary(String name, String kind, String service, String summary) {

    private static final int SUMMARY_LENGTH = 200;

    static AssetSummary of(Asset asset) {
        return new AssetSummary(
                asset.name(), asset.kind().name(), asset.service(), firstSentence(asset.documentation()));
    }

    /** The documentation's first sentence (or its first 200 characters), without markdown backticks. */
    static String firstSentence(String documentation) {
        if (documentation == null) {
            return "";
        }
        String text = documentation.replace("`", "").strip();
        int end = text.indexOf(". ");
        String sentence = end > 0 ? text.substring(0, end + 1) : text;
        return sentence.length() > SUMMARY_LENGTH ? sentence.substring(0, SUMMARY_LENGTH) + "…" : sentence;
    }
}
