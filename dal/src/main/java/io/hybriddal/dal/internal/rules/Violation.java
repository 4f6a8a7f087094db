package io.hybriddal.dal.internal.rules;

/**
 * A broken rule: on the class itself ({@code member} null) or on one of its methods.
 *
 * @param rule    the rule
 * @param member  the offending method, null for the class
 * @param message {@link Rule#message} with its arguments
 */
public record Violation(Rule rule, MethodView member, String message) {

    /** The full text a front end reports for this violation on hybrid {@code hybrid}. */
    public String text(String hybrid) {
        return text(hybrid, member == null ? null : member.signature(), message);
    }

    /**
     * The one way problems are worded: {@code hybrid [t.Box] member [getSize()]: message}, without
     * the member part for the class. Reports of the processor and of registration read alike.
     */
    public static String text(String hybrid, String memberSignature, String message) {
        return "hybrid [" + hybrid + "]" + (memberSignature == null ? "" : " member [" + memberSignature + "]")
                + ": " + message;
    }
}
