package dev.moodleaws.core.descriptor;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises key names that hold secrets: {@code password}, {@code masterPassword}, {@code dbpass}, {@code api_key}. */
final class SecretNames {
    private static final Pattern SECRET = Pattern.compile(
            ".*(password|passwd|pass|secret|token|api_?key|private_?key|access_?key|secret_?key)");

    private SecretNames() {
    }

    static boolean looksSecret(String keyName) {
        return SECRET.matcher(keyName.toLowerCase(Locale.ROOT).replace('-', '_')).matches();
    }
}
