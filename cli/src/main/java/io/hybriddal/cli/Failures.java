package io.hybriddal.cli;

import io.hybriddal.dal.StoreException;

/** Turns an exception into one line a shell user can act on: its message and its causes' messages, without repeats. */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder(message(e));
        String last = out.toString();
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            String m = message(c);
            if (!last.contains(m)) {
                out.append(" (caused by: ").append(m).append(')');
                last = m;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        if (e instanceof StoreException && out.indexOf("etcd") >= 0 && out.indexOf("timed out") >= 0) {
            out.append(" - is etcd running there? check the endpoints in --persistent, or raise ?timeoutMs=");
        }
        return out.toString();
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
