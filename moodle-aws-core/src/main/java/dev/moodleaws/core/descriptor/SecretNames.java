package dev.moodleaws.core.descriptor;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises key names that hold secrets: {@code password}, {@code masterPassword}, {@code dbpass},
 * {@code db_pwd}, {@code bind_pw}, {@code api_key}, {@code aws_credentials}, {@code encryptionkey}.
 */
final class SecretNames {
    private static final Pattern SECRET = Pattern.compile(
            ".*(password|passwd|pass|pwd|(^|[_.])pw|secret|token|credentials?|api_?key|private_?key|access_?key|secret_?key"
                    + "|encryption_?key)");

    private SecretNames() {
    }

    static boolean looksSecret(String keyName) {
        return SECRET.matcher(keyName.toLowerCase(Locale.ROOT).replace('-', '_')).matches();
    }
}
