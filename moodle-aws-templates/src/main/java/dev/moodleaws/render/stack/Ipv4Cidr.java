package dev.moodleaws.render.stack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPv4 CIDR block, and the equal-sized blocks it splits into.
 *
 * @param address the network address as an unsigned 32-bit number
 * @param prefix  the prefix length
 */
public record Ipv4Cidr(long address, int prefix) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");

    public Ipv4Cidr {
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("prefix out of range: " + prefix);
        }
        long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        if ((address & ~mask & 0xFFFFFFFFL) != 0) {
            throw new IllegalArgumentException("host bits set in " + format(address) + "/" + prefix);
        }
    }

    /** Parses {@code a.b.c.d/n}. */
    public static Ipv4Cidr parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an IPv4 CIDR block: " + text);
        }
        long address = 0;
        for (int i = 1; i <= 4; i++) {
            int octet = Integer.parseInt(m.group(i));
            if (octet > 255) {
                throw new IllegalArgumentException("not an IPv4 CIDR block: " + text);
            }
            address = (address << 8) | octet;
        }
        return new Ipv4Cidr(address, Integer.parseInt(m.group(5)));
    }

    /** The {@code index}-th block of prefix {@code newPrefix} inside this one. */
    public Ipv4Cidr subnet(int newPrefix, int index) {
        if (newPrefix < prefix || newPrefix > 32) {
            throw new IllegalArgumentException("/" + newPrefix + " does not fit in " + this);
        }
        long count = 1L << (newPrefix - prefix);
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException(this + " holds only " + count + " blocks of /" + newPrefix);
        }
        return new Ipv4Cidr(address + index * (1L << (32 - newPrefix)), newPrefix);
    }

    @Override
    public String toString() {
        return format(address) + "/" + prefix;
    }

    private static String format(long a) {
        return ((a >> 24) & 255) + "." + ((a >> 16) & 255) + "." + ((a >> 8) & 255) + "." + (a & 255);
    }
}
