package org.tsunagu.cli.common;

import java.util.Locale;

/**
 * Text for one line on a terminal. File names and reasons may hold line breaks, escape sequences
 * or invisible direction overrides, which would split an error line, colour the terminal or show
 * a name reversed; they are written as escapes ({@code \n}, {@code \u001B}, {@code \u202E}).
 */
public final class TerminalText {

    private TerminalText() {
    }

    public static String escaped(Object text) {
        String value = String.valueOf(text);
        StringBuilder line = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                        line.append(String.format(Locale.ROOT, "\\u%04X", c));
                    } else {
                        line.appendCodePoint(c);
                    }
                }
            }
        });
        return line.toString();
    }
}
