package io.hybriddal.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every relative link of the guide and the README reaches a file, and its #anchor a heading there. */
class GuideLinksTest {

    private static final Path ROOT = Path.of("../..");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+)$", Pattern.MULTILINE);

    @Test
    void everyRelativeLink_reachesAFileAndAHeading() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            String text = Files.readString(page);
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String link = m.group(1);
                if (link.matches("[a-z]+:.*")) {
                    continue; // http(s), mailto: not checked here
                }
                int hash = link.indexOf('#');
                Path target = hash == 0 ? page : page.resolveSibling(hash < 0 ? link : link.substring(0, hash));
                if (!Files.exists(target)) {
                    broken.add(page.getFileName() + ": " + link + " (no such file)");
                } else if (hash >= 0 && !anchors(Files.readString(target)).contains(link.substring(hash + 1))) {
                    broken.add(page.getFileName() + ": " + link + " (no such heading)");
                }
            }
        }
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void anchors_followGitHubsSlugs() {
        assertThat(anchors("## Export and import: a backup\n## The `hybrid-dal` command\n## Plans, apply and drift\n"))
                .containsExactlyInAnyOrder("export-and-import-a-backup", "the-hybrid-dal-command", "plans-apply-and-drift");
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
    private static Set<String> anchors(String markdown) {
        String outsideCode = markdown.replaceAll("(?s)```.*?```", "");
        return HEADING.matcher(outsideCode).results()
                .map(h -> h.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
                .collect(Collectors.toSet());
    }
}
