package org.tsunagu.store.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string form, with a fresh random salt each. The cost is
 * OWASP's first recommendation (19 MiB of memory, 2 passes, 1 lane): about 0.1 to 0.5 s a
 * hash on this project's 2-core machines, which also slows down guessing through the login form.
 */
final class PasswordHash {

    private static final int MEMORY_KIB = 19_456;
    private static final int PASSES = 2;
    private static final int LANES = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern ENCODED = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    static String of(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = argon2id(password, salt, MEMORY_KIB, PASSES, LANES, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + PASSES + ",p=" + LANES + "$" + BASE64.encodeToString(salt)
                + "$" + BASE64.encodeToString(hash);
    }

    /** Compares in constant time, with the parameters the hash was made with. */
    static boolean matches(String password, String encoded) {
        Matcher parts = ENCODED.matcher(encoded);
        if (!parts.matches()) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(parts.group(5));
        byte[] actual = argon2id(password, Base64.getDecoder().decode(parts.group(4)), Integer.parseInt(parts.group(1)),
                Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(3)), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /**
     * Takes as long as {@link #matches} and is false: a login naming no account then takes as
     * long as one with a wrong password, and does not tell which names exist.
     */
    static boolean matchesNone(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        argon2id(password, salt, MEMORY_KIB, PASSES, LANES, HASH_BYTES);
        return false;
    }

    /** Passwords are NFC-normalised: the same characters typed on two keyboards give the same hash. */
    private static byte[] argon2id(String password, byte[] salt, int memoryKib, int passes, int lanes, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(passes)
                .withParallelism(lanes)
                .withSalt(salt)
                .build());
        byte[] hash = new byte[length];
        generator.generateBytes(Normalizer.normalize(password, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8),
                hash);
        return hash;
    }
}
