package dev.gantry.model;

/**
 * Turns a secret's plaintext into the form the model keeps, so that nothing the model holds, persists, diffs or
 * shows is plaintext. The model checks a secret's value in plaintext first, then seals it at once; only the
 * code that calls the cloud opens it again (outside the model).
 */
@FunctionalInterface
public interface SecretSealer {

    String seal(String plaintext);

    /** Keeps secrets as given: for models that are never persisted (unit tests, benchmarks). */
    SecretSealer PLAINTEXT = plaintext -> plaintext;
}
