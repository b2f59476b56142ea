package dev.moodleaws.core.validate.rules;

/** Small, allocation-free readings of CIDR strings for the admin-access rules. */
final class AdminCidrs {
    private AdminCidrs() {
    }

    /** The prefix length after the slash, or -1 when the text is not of the form {@code address/length}. */
    static int prefixLength(String cidr) {
        String text = cidr.trim();
        int slash = text.lastIndexOf('/');
        if (slash <= 0 || slash == text.length() - 1 || text.length() - slash > 4) {
            return -1;
        }
        int length = 0;
        for (int i = slash + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            length = length * 10 + (c - '0');
        }
        return length;
    }

    static boolean isIpv6(String cidr) {
        return cidr.indexOf(':') >= 0;
    }

    /** Whether the range is the whole address space: {@code 0.0.0.0/0}, {@code ::/0} or any {@code /0}. */
    static boolean isAnywhere(String cidr) {
        return prefixLength(cidr) == 0;
    }
}
