package io.hybriddal.report;

import java.util.Locale;

/**
 * Byte counts in units a reader takes in at a glance ({@code 352 GiB} rather than
 * {@code 377957122048}). The model does not mark byte counts, so a rule decides: a property is
 * a size when its type is {@code long} or {@code Long} and its name ends in {@code size},
 * {@code bytes} or {@code capacity} (any case: {@code size}, {@code clusterSize},
 * {@code usedBytes}). Sizes in bytes need 64 bits; an {@code int} named {@code capacity} is
 * usually a count (how many volumes a metadata server may master), so it stays a number.
 * The exact value is kept for the tooltip and for sorting.
 */
final class ByteSizes {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private ByteSizes() {
    }

    /** Whether a property named {@code name} of type {@code type} (as the model documents it) holds a byte count. */
    static boolean isSize(String name, String type) {
        String n = name.toLowerCase(Locale.ROOT);
        boolean named = n.endsWith("size") || n.endsWith("bytes") || n.endsWith("capacity");
        return named && ("long".equals(type) || "Long".equals(type) || "java.lang.Long".equals(type));
    }

    /** {@code bytes} in binary units, three significant digits: {@code 0 B}, {@code 512 B}, {@code 1.50 KiB}, {@code 352 GiB}. */
    static String human(long bytes) {
        if (bytes > -1024 && bytes < 1024) {
            return bytes + " B";
        }
        double value = Math.abs((double) bytes);
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String sign = bytes < 0 ? "-" : "";
        String pattern = value >= 100 ? "%.0f %s" : value >= 10 ? "%.1f %s" : "%.2f %s";
        return sign + String.format(Locale.ROOT, pattern, value, UNITS[unit]);
    }

    /** {@code 377957122048} as {@code 377,957,122,048 bytes}, for the tooltip. */
    static String exact(long bytes) {
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}
