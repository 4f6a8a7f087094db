package io.hybriddal.hybrids.system;

/** The state of a service process as its service manager reports it. */
public enum ServiceState {
    /** Running and answering. */
    RUNNING,
    /** Stopped on purpose. */
    HALTED,
    /** Crashed or failing to start. */
    FAILED,
    /** The router cannot be reached, so the state is unknown. */
    UNKNOWN
}
