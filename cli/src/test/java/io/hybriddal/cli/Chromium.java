package io.hybriddal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Headless Chromium, for tests that render the report the way a browser does. */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** The DOM after the page's scripts ran ({@code --dump-dom}). */
    static String dumpDom(Path page, Path profile) throws IOException, InterruptedException {
        List<String> command = base(profile);
        command.add("--dump-dom");
        command.add(page.toUri().toString());
        Path output = Files.createTempFile(profile, "dom", ".html");
        Process p = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s: " + command);
        }
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    private static List<String> base(Path profile) {
        return new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile));
    }
}
