package dev.moodleaws.core.validate.rules;

import java.math.BigInteger;
import java.util.Optional;

/**
 * An IPv6 network written as {@code address/n} in the text form of RFC 4291 (hexadecimal groups,
 * at most one {@code ::}, an IPv4 tail such as {@code ::ffff:192.0.2.1} allowed).
 *
 * @param address the address as an unsigned 128-bit number
 * @param prefix  the prefix length, 0 to 128
 */
record Ipv6Cidr(BigInteger address, int prefix) {
    private static final int BITS = 128;

    /** The network {@code text} stands for, or empty when it is not an IPv6 CIDR. */
    static Optional<Ipv6Cidr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/') || !text.substring(slash + 1).matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int prefix = Integer.parseInt(text.substring(slash + 1));
        Optional<BigInteger> address = address(text.substring(0, slash));
        return prefix > BITS || address.isEmpty() ? Optional.empty() : Optional.of(new Ipv6Cidr(address.get(), prefix));
    }

    private static Optional<BigInteger> address(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        String head = gap < 0 ? text : text.substring(0, gap);
        String tail = gap < 0 ? "" : text.substring(gap + 2);
        Optional<int[]> before = groups(head, gap < 0);
        Optional<int[]> after = groups(tail, true);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        int count = before.get().length + after.get().length;
        if (gap < 0 ? count != 8 : count > 7) {
            return Optional.empty();
        }
        int[] all = new int[8];
        System.arraycopy(before.get(), 0, all, 0, before.get().length);
        System.arraycopy(after.get(), 0, all, 8 - after.get().length, after.get().length);
        BigInteger value = BigInteger.ZERO;
        for (int group : all) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(group));
        }
        return Optional.of(value);
    }

    /** The 16-bit groups of a colon-separated part; the last may be an IPv4 address (two groups) when {@code mayEndInIpv4}. */
    private static Optional<int[]> groups(String part, boolean mayEndInIpv4) {
        if (part.isEmpty()) {
            return Optional.of(new int[0]);
        }
        String[] pieces = part.split(":", -1);
        int[] out = new int[pieces.length + 1];
        int n = 0;
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (i == pieces.length - 1 && mayEndInIpv4 && piece.contains(".")) {
                Optional<Ipv4Cidr> v4 = Ipv4Cidr.parse(piece + "/32");
                if (v4.isEmpty()) {
                    return Optional.empty();
                }
                out[n++] = (int) (v4.get().address() >> 16);
                out[n++] = (int) (v4.get().address() & 0xFFFF);
            } else if (piece.matches("[0-9A-Fa-f]{1,4}")) {
                out[n++] = Integer.parseInt(piece, 16);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(java.util.Arrays.copyOf(out, n));
    }

    /** Whether no bit after the prefix is set, as for {@link Ipv4Cidr#isNetworkAddress()}. */
    boolean isNetworkAddress() {
        return address.equals(networkBits());
    }

    /** The network address with the prefix, in compressed form ({@code 2001:db8::/32}). */
    String canonical() {
        BigInteger n = networkBits();
        int[] groups = new int[8];
        for (int i = 7; i >= 0; i--) {
            groups[i] = n.intValue() & 0xFFFF;
            n = n.shiftRight(16);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text + "/" + prefix;
    }

    private BigInteger networkBits() {
        BigInteger all = BigInteger.ONE.shiftLeft(BITS).subtract(BigInteger.ONE);
        BigInteger mask = all.shiftRight(prefix).xor(all);
        return address.and(mask);
    }
}
