package dev.gantry;

/**
 * Published once the work start-up leaves for after the port is open is done: the catalogue's load
 * ({@code CatalogPreload}). {@link HeapCompactionAtStart} waits for it, so that this work's garbage goes too.
 */
public record StartUpSettled() {}
