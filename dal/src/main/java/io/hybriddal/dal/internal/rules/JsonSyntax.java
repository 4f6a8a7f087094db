package io.hybriddal.dal.internal.rules;

/**
 * A strict JSON syntax checker (RFC 8259), enough to tell whether a {@code defaultValue} parses
 * and what its top-level value is. The rules cannot use a JSON library: they run inside javac
 * too, on the bare JDK.
 */
public final class JsonSyntax {

    /** The kind of a JSON value. */
    public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    private final String text;
    private int pos;

    private JsonSyntax(String text) {
        this.text = text;
    }

    /**
     * The kind of the single value {@code text} holds.
     *
     * @throws IllegalArgumentException saying where and why when it is not valid JSON
     */
    public static Kind parse(String text) {
        JsonSyntax p = new JsonSyntax(text);
        Kind kind = p.value();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.fail("unexpected text after the value");
        }
        return kind;
    }

    private Kind value() {
        skipSpace();
        if (pos >= text.length()) {
            throw fail("a value is missing");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{': container('}', true); return Kind.OBJECT;
            case '[': container(']', false); return Kind.ARRAY;
            case '"': string(); return Kind.STRING;
            case 't': literal("true"); return Kind.BOOLEAN;
            case 'f': literal("false"); return Kind.BOOLEAN;
            case 'n': literal("null"); return Kind.NULL;
            default:
                number();
                return Kind.NUMBER;
        }
    }

    private void container(char close, boolean object) {
        pos++;
        skipSpace();
        if (peek() == close) {
            pos++;
            return;
        }
        while (true) {
            if (object) {
                skipSpace();
                if (peek() != '"') {
                    throw fail("a member name (a string) is expected");
                }
                string();
                skipSpace();
                expect(':');
            }
            value();
            skipSpace();
            char c = peek();
            pos++;
            if (c == close) {
                return;
            }
            if (c != ',') {
                pos--;
                throw fail("',' or '" + close + "' is expected");
            }
        }
    }

    private void string() {
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return;
            }
            if (c < 0x20) {
                throw fail("a control character must be escaped in a string");
            }
            if (c == '\\') {
                char e = peek();
                pos++;
                if (e == 'u') {
                    for (int i = 0; i < 4; i++, pos++) {
                        if (Character.digit(peek(), 16) < 0) {
                            throw fail("\\u needs four hex digits");
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(e) < 0) {
                    throw fail("bad escape \\" + e);
                }
            }
        }
        throw fail("unterminated string");
    }

    private void number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (!digits()) {
            pos = start;
            throw fail("a value is expected");
        }
        if (peek() == '.') {
            pos++;
            if (!digits()) {
                throw fail("digits are expected after '.'");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!digits()) {
                throw fail("digits are expected in the exponent");
            }
        }
    }

    private boolean digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos > start;
    }

    private void literal(String word) {
        if (!text.startsWith(word, pos)) {
            throw fail("a value is expected");
        }
        pos += word.length();
    }

    private void expect(char c) {
        if (peek() != c) {
            throw fail("'" + c + "' is expected");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private IllegalArgumentException fail(String why) {
        return new IllegalArgumentException(why + " at offset " + pos);
    }
}
