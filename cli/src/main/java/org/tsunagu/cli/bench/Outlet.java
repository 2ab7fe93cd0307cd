package org.tsunagu.cli.bench;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How an outlet lays out a story, and the file it comes in: wire copy with a dateline, a
 * provincial portal's page saved as text, a press release in HTML, a notice in Markdown.
 */
enum Outlet {
    WIRE("txt") {
        @Override
        String render(Story story, String outlet) {
            String dateline = story.dateline().toUpperCase(Locale.ROOT) + " (" + outlet + ") – ";
            return story.headline() + "\n\nPublished: " + story.published() + "\n\n" + dateline
                    + String.join("\n\n", story.paragraphs()) + "/.\n";
        }
    },
    PORTAL("txt") {
        @Override
        String render(Story story, String outlet) {
            return story.headline() + "\n\n" + outlet + " Portal | " + PORTAL_DAY.format(story.published())
                    + " 09:15\n\n" + String.join("\n\n", story.paragraphs()) + "\n";
        }
    },
    PRESS_RELEASE("html") {
        @Override
        String render(Story story, String outlet) {
            String paragraphs = story.paragraphs().stream().map(p -> "<p>" + escaped(p) + "</p>")
                    .collect(Collectors.joining("\n"));
            return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                    + escaped(story.headline()) + " | " + outlet + " Press Room</title>\n</head>\n<body>\n"
                    + "<header><a href=\"/\">" + outlet + " Press Room</a></header>\n<main>\n<article>\n<h1>"
                    + escaped(story.headline()) + "</h1>\n<p class=\"meta\"><time datetime=\"" + story.published()
                    + "\">" + Story.day(story.published()) + "</time></p>\n" + paragraphs + "\n</article>\n</main>\n"
                    + "<footer><p>&copy; " + outlet + " Press Room. All rights reserved.</p></footer>\n</body>\n</html>\n";
        }
    },
    NOTICE("md") {
        @Override
        String render(Story story, String outlet) {
            return "---\ntitle: \"" + story.headline().replace("\"", "'") + "\"\noutlet: " + outlet + "\npublished: "
                    + story.published() + "\nlanguage: en\n---\n# " + story.headline() + "\n\n*" + outlet
                    + " — Published: " + story.published() + "*\n\n" + String.join("\n\n", story.paragraphs()) + "\n";
        }
    };

    private static final DateTimeFormatter PORTAL_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private final String extension;

    Outlet(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    /** The whole file: the story as this kind of outlet, named {@code outlet}, publishes it. */
    abstract String render(Story story, String outlet);

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
