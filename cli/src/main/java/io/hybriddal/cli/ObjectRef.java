package io.hybriddal.cli;

/**
 * One object by hybrid name and guid: how an import names the objects of its file and their
 * relation targets (a guid is unique within its hybrid only, as far as the public API promises).
 */
record ObjectRef(String hybrid, String guid) {

    @Override
    public String toString() {
        return hybrid + " " + guid;
    }
}
