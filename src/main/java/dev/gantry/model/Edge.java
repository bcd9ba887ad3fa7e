package dev.gantry.model;

/** An explicit connection the user drew from an output socket to an input socket. */
public record Edge(ComponentId from, String output, ComponentId to, String input) {}
