package io.hybriddal.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The store URIs and the model of a command (a picocli mixin). */
final class StoreOptions {

    /** Where the demo writes; also the default of the other commands, so they work right after it. */
    static final String DEMO_STORE = "file:out/demo-store";

    /** The environment variable that gives --model's default. */
    static final String MODEL_ENV = "HYBRIDDAL_MODEL";

    @Option(names = {"-p", "--persistent"}, paramLabel = "URI", defaultValue = DEMO_STORE,
            description = "persistent store: memory:, file:<dir>, etcd://host:port[,host:port]/namespace (default: ${DEFAULT-VALUE})")
    String persistent;

    @Option(names = {"-v", "--volatile"}, paramLabel = "URI", defaultValue = "memory:",
            description = "volatile store: memory: or memcached://host:port[,host:port] (default: ${DEFAULT-VALUE})")
    String volatileStore;

    @Option(names = {"-m", "--model"}, paramLabel = "PATH", defaultValue = "${env:" + MODEL_ENV + "}",
            description = {"your application's model: jars or class directories (separated by ',' or the path separator)",
                    "holding its hybrids and the hybrid index the annotation processor generates; the bundled demo model is then",
                    "left out. Default: $" + MODEL_ENV + ", else the bundled demo model"})
    String model;

    /** The paths of --model; empty for the bundled demo model. */
    List<Path> modelPaths() {
        List<Path> paths = new ArrayList<>();
        if (model != null) {
            for (String part : model.split("[," + File.pathSeparator + "]")) {
                if (!part.isBlank()) {
                    paths.add(Path.of(part.strip()));
                }
            }
        }
        return paths;
    }
}
