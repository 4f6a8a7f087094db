package io.hybriddal.dal;

import java.util.List;

/**
 * A design that cannot be planned: unknown hybrids, members or natural keys in a design file,
 * objects that would fail validation or a unique constraint, two design objects for one stored
 * object, a cycle of relations. Names every offending object; nothing was written.
 */
public class InvalidDesignException extends DalException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** @param problems one line per problem, each naming file and line (for files), hybrid, object and member */
    public InvalidDesignException(String message, List<String> problems) {
        super(message + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem. */
    public List<String> problems() {
        return problems;
    }
}
