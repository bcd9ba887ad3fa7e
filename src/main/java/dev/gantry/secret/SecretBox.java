package dev.gantry.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Service;

/**
 * The one path between a secret's plaintext and what Gantry stores. AES-256-GCM with a fresh 96-bit nonce per
 * value; the stored form is {@code v1:<base64(nonce || ciphertext+tag)>}, so a tampered or foreign value fails
 * to open instead of yielding garbage.
 */
@Service
public class SecretBox {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(SecretKeyring keyring) {
        this.key = keyring.key();
    }

    /** Encrypts a secret for storage. */
    public Sealed seal(String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return new Sealed(PREFIX + Base64.getEncoder().encodeToString(stored));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a secret", e);
        }
    }

    /** Decrypts a stored secret; only the code that calls the cloud should need this. */
    public String open(Sealed sealed) {
        if (!sealed.value().startsWith(PREFIX)) {
            throw new SecretUnreadableException("not a Gantry secret");
        }
        byte[] stored = Base64.getDecoder().decode(sealed.value().substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new SecretUnreadableException("it was sealed with another key or altered");
        }
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** A secret as stored: ciphertext, safe to persist and log. */
    public record Sealed(String value) {}
}
