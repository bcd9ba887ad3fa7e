package dev.gantry.changeset;

/**
 * Names what a change set (or HEAD) holds right now: two reads with equal versions see equal content, so what is
 * derived from it (a diff, a diagram) can be computed once and shared by every viewer.
 *
 * @param content bumped by every edit of the change set (0 for HEAD)
 * @param base    the HEAD version the change set rests on (rebase moves it; 0 for HEAD)
 * @param head    HEAD's version: a diff is against HEAD as it is now
 */
public record ContentVersion(long content, long base, long head) {}
