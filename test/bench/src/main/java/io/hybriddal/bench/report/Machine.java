package io.hybriddal.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line description of this machine: CPU model, cores, memory, OS. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = "unknown CPU";
        String mem = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
            mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0) + " GiB RAM")
                    .findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: keep what we have
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + mem + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }
}
