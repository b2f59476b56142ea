package dev.moodleaws.core.descriptor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/** Numbers as the YAML core schema writes them, turned into decimals of a bounded size. */
final class YamlIntegers {
    private static final Pattern HEX = Pattern.compile("[-+]?0x[0-9a-fA-F]{1,16}");
    private static final Pattern OCTAL = Pattern.compile("[-+]?0o[0-7]{1,22}");

    private YamlIntegers() {
    }

    /** A YAML integer ({@code 0x1F}, {@code 0o17}, {@code 42}) in decimal digits; other text unchanged. */
    static String decimal(String text) {
        boolean hex = HEX.matcher(text).matches();
        if (!hex && !OCTAL.matcher(text).matches()) {
            return text;
        }
        boolean negative = text.startsWith("-");
        String digits = text.substring(text.indexOf('0') + 2);
        BigInteger n = new BigInteger(digits, hex ? 16 : 8);
        return (negative ? n.negate() : n).toString();
    }

    /** A YAML float without a fraction ({@code 2.0}, {@code 1e3}) in decimal digits, or empty. */
    static Optional<String> integral(String text) {
        return plainDecimal(text).map(BigDecimal::stripTrailingZeros).filter(n -> n.scale() <= 0)
                .map(n -> n.toBigInteger().toString());
    }

    /**
     * The number, when written as plain decimal digits it takes at most {@link Kinds#NUMBER_CHARS}
     * characters; empty for {@code .inf}, {@code .nan}, {@code 1e400}, {@code 1e-99999999} and
     * other text. The size is checked before the digits are written out.
     */
    static Optional<BigDecimal> plainDecimal(String text) {
        if (text.length() > Kinds.NUMBER_CHARS) {
            return Optional.empty();
        }
        BigDecimal n;
        try {
            n = new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException notDecimal) {
            return Optional.empty();
        }
        if (n.precision() > Kinds.NUMBER_CHARS || Math.abs((long) n.scale()) > Kinds.NUMBER_CHARS
                || n.toPlainString().length() > Kinds.NUMBER_CHARS) {
            return Optional.empty();
        }
        return Optional.of(n);
    }
}
