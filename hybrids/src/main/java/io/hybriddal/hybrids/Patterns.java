package io.hybriddal.hybrids;

/** Validation patterns shared by the hybrids (compile-time constants, usable in annotations). */
public final class Patterns {

    /** A dotted-quad IPv4 address, each part 0-255 without leading zeros. */
    public static final String IPV4 = "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
            + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$";

    /** An operator-chosen name that also appears in paths and unit names: lower case, digits and dashes. */
    public static final String SLUG = "^[a-z0-9][a-z0-9-]{1,62}$";

    /** An absolute POSIX path. */
    public static final String ABSOLUTE_PATH = "^/[^\\x00]*$";

    private Patterns() {
    }
}
