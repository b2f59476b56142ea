package dev.moodleaws.core.validate.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/** Git's reference name rules ({@code git check-ref-format}), and no leading {@code -} that git would take for an option. */
final class GitRefs {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._/+@-]{1,200}");

    private GitRefs() {
    }

    /** Why {@code ref} is no usable git reference, or empty when it is one. */
    static Optional<String> problem(String ref) {
        if (ref.startsWith("-")) {
            return Optional.of("it starts with '-', which git reads as an option");
        }
        if (!ALLOWED.matcher(ref).matches()) {
            return Optional.of("a git tag, branch or commit has letters, digits and '.', '_', '/', '+', '@', '-' only");
        }
        if (ref.contains("..") || ref.contains("//") || ref.contains("@{") || ref.equals("@") || ref.endsWith("/")
                || ref.endsWith(".") || ref.endsWith(".lock") || ref.startsWith("/")) {
            return Optional.of("git refuses a reference name with '..', '//', '@{', a leading '/' or a trailing '/', '.' or '.lock'");
        }
        for (String part : ref.split("/")) {
            if (part.startsWith(".")) {
                return Optional.of("no part of a git reference name starts with '.'");
            }
        }
        return Optional.empty();
    }
}
