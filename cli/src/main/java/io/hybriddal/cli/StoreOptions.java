package io.hybriddal.cli;

import picocli.CommandLine.Option;

/** The store URIs of a command (a picocli mixin). */
final class StoreOptions {

    /** Where the demo writes; also the default of the other commands, so they work right after it. */
    static final String DEMO_STORE = "file:out/demo-store";

    @Option(names = {"-p", "--persistent"}, paramLabel = "URI", defaultValue = DEMO_STORE,
            description = "persistent store: memory:, file:<dir>, etcd://host:port[,host:port]/namespace (default: ${DEFAULT-VALUE})")
    String persistent;

    @Option(names = {"-v", "--volatile"}, paramLabel = "URI", defaultValue = "memory:",
            description = "volatile store: memory: or memcached://host:port[,host:port] (default: ${DEFAULT-VALUE})")
    String volatileStore;
}
