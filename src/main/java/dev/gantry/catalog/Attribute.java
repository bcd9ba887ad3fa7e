package dev.gantry.catalog;

/** A read-only value the cloud reports about a resource ({@code Arn}, {@code DNSName}, {@code RepositoryUri}). */
public record Attribute(String name, PropertyType type, String documentation) {}
