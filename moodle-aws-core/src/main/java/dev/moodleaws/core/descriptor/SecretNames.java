package dev.moodleaws.core.descriptor;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises key names that hold secrets: {@code password}, {@code masterPassword}, {@code dbpass},
 * {@code db_pwd}, {@code bind_pw}, {@code api_key}, {@code aws_credentials}, {@code encryptionkey}.
 */
final class SecretNames {
    private static final String WORDS = "password|passwd|pass|pwd|secret|token|credentials?|api_?key|private_?key|access_?key"
            + "|secret_?key|encryption_?key";
    private static final Pattern SECRET = Pattern.compile(".*(" + WORDS + "|(^|[_.])pw)");
    /**
     * A {@code ${name}} placeholder whose name looks secret, as a JSON Schema pattern (which has no
     * flag for case, so each letter is a class of both cases).
     */
    static final String SECRET_PLACEHOLDER_REGEX = "(?<!\\$)\\$\\{[^}]*(" + caseless(WORDS.replace("_?", "[-_]?"))
            + "|(?<=[{_.-])" + caseless("pw") + ")\\s*\\}";

    private SecretNames() {
    }

    private static String caseless(String regex) {
        StringBuilder out = new StringBuilder();
        for (char c : regex.toCharArray()) {
            out.append(Character.isLetter(c) ? "[" + c + Character.toUpperCase(c) + "]" : String.valueOf(c));
        }
        return out.toString();
    }

    static boolean looksSecret(String keyName) {
        return SECRET.matcher(keyName.toLowerCase(Locale.ROOT).replace('-', '_')).matches();
    }
}
