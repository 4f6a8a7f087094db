package io.hybriddal.dal.internal.evolve;

import io.hybriddal.dal.IndexStatus;

/**
 * A key space the store records for a registered hybrid that no longer declares it: where its
 * entries are, for the migrator to delete them.
 *
 * @param target  for a reverse space, the target hybrid of the relation it indexed; else null
 * @param backref for a reverse space, the relation's backref name; else null
 */
record Obsolete(String id, IndexStatus status, String target, String backref) {

    /** From a record entry: {@code id} = {@code <u|i|r>/<hybrid>/<field>}, {@code text} = {@code STATE[ target backref]}. */
    static Obsolete of(String id, String[] parts, String text) {
        String[] words = text.split(" ");
        IndexStatus.Kind kind = switch (parts[0]) {
            case "u" -> IndexStatus.Kind.UNIQUE;
            case "i" -> IndexStatus.Kind.INDEX;
            default -> IndexStatus.Kind.REVERSE;
        };
        return new Obsolete(id, new IndexStatus(parts[1], parts[2], kind, IndexStatus.State.valueOf(words[0])),
                words.length == 3 ? words[1] : null, words.length == 3 ? words[2] : null);
    }

    /** The prefix under which its entries are ({@code r/<target>/} for a reverse space: filter by backref). */
    String prefix() {
        return switch (status.kind()) {
            case UNIQUE -> "u/" + status.hybrid() + "/" + status.field() + "/";
            case INDEX -> "i/" + status.hybrid() + "/" + status.field() + "/";
            case REVERSE -> "r/" + target + "/";
        };
    }

    /** Whether {@code key}, under {@link #prefix()}, is one of its entries. */
    boolean holds(String key) {
        if (status.kind() != IndexStatus.Kind.REVERSE) {
            return true;
        }
        String[] segments = key.split("/");  // r/<target>/<tguid>/<backref>[/<guid>]
        return segments.length >= 4 && segments[3].equals(backref);
    }
}
