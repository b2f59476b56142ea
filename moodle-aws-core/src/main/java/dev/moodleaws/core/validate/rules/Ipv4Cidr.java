package dev.moodleaws.core.validate.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPv4 network written as {@code a.b.c.d/n}.
 *
 * @param address the address as an unsigned 32-bit number
 * @param prefix  the prefix length, 0 to 32
 */
record Ipv4Cidr(long address, int prefix) {
    private static final Pattern CIDR = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");

    /** The network {@code text} stands for, or empty when it is not an IPv4 CIDR. */
    static Optional<Ipv4Cidr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CIDR.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long address = 0;
        for (int i = 1; i <= 4; i++) {
            int octet = Integer.parseInt(m.group(i));
            if (octet > 255) {
                return Optional.empty();
            }
            address = (address << 8) | octet;
        }
        int prefix = Integer.parseInt(m.group(5));
        return prefix > 32 ? Optional.empty() : Optional.of(new Ipv4Cidr(address, prefix));
    }

    /** Whether no bit after the prefix is set, as AWS expects ({@code 10.0.0.0/16}, not {@code 10.0.3.0/16}). */
    boolean isNetworkAddress() {
        return address == networkBits();
    }

    /** The same network written with its network address. */
    String canonical() {
        long n = networkBits();
        return ((n >> 24) & 255) + "." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255) + "/" + prefix;
    }

    private long networkBits() {
        long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        return address & mask;
    }
}
