package dev.gantry.secret;

/** A stored secret could not be decrypted: the key changed, or the value was altered. */
public class SecretUnreadableException extends RuntimeException {

    public SecretUnreadableException(String why) {
        super("A stored secret cannot be read: " + why
                + ". Set gantry.secret-key to the key it was stored with, or enter the secret again.");
    }
}
