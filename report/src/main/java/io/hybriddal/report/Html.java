package io.hybriddal.report;

/**
 * HTML escaping. Every value that reaches the report (names, documents, messages, guids) goes
 * through {@link #escape}, in text and in attribute values alike: the five characters that can
 * end a text run or an attribute are replaced, so no stored value can open a tag or a script.
 */
final class Html {

    private Html() {
    }

    /** {@code value} (its {@code toString()}; null is empty) safe for HTML text and quoted attributes. */
    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement == null && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (replacement != null) {
                out.append(replacement);
            } else {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** An anchor id for an object: ids allow any character but a space, and it is escaped anyway. */
    static String objectAnchor(String hybrid, String guid) {
        return "obj-" + hybrid + "-" + guid.replace(' ', '_');
    }

    /** The anchor id of a hybrid's section. */
    static String hybridAnchor(String hybrid) {
        return "hybrid-" + hybrid.replace(' ', '_');
    }
}
