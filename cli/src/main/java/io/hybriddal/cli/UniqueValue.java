package io.hybriddal.cli;

/**
 * A value of a unique property, as an import checks it against the other lines and the store:
 * hybrid and property by name, the value as canonical JSON ({@link CliJson#canonical}), so that
 * equal values of any type give equal keys.
 */
record UniqueValue(String hybrid, String property, String json) {

    @Override
    public String toString() {
        return hybrid + "." + property + " " + json;
    }
}
