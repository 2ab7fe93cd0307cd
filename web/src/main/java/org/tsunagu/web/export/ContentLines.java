package org.tsunagu.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar content lines as RFC 5545 wants them: CRLF at each end, lines longer than 75
 * octets folded onto continuation lines that begin with a space (never inside a UTF-8 character),
 * and TEXT values escaped.
 */
final class ContentLines {

    private static final int MAX_OCTETS = 75;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] FOLD = {'\r', '\n', ' '};

    private final OutputStream out;

    ContentLines(OutputStream out) {
        this.out = out;
    }

    /** A property whose value is written as given: a date, a code, a timestamp. */
    void raw(String nameAndParameters, String value) throws IOException {
        write(nameAndParameters + ":" + value);
    }

    /** A property of type TEXT, its value escaped. */
    void text(String name, String value) throws IOException {
        write(name + ":" + escaped(value));
    }

    /** Backslash, semicolon and comma are escaped, line breaks become "\n", other control characters go. */
    static String escaped(String value) {
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == ';' || c == ',') {
                text.append('\\').append(c);
            } else if (c == '\n') {
                text.append("\\n");
            } else if (c == '\r') {
                if (i + 1 == value.length() || value.charAt(i + 1) != '\n') {
                    text.append("\\n");
                }
            } else if (c == '\t' || c >= 0x20 && c != 0x7F) {
                text.append(c);
            }
        }
        return text.toString();
    }

    private void write(String line) throws IOException {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int room = MAX_OCTETS;
        while (bytes.length - start > room) {
            int end = start + room;
            while (isContinuationByte(bytes[end])) {
                end--;
            }
            out.write(bytes, start, end - start);
            out.write(FOLD);
            start = end;
            room = MAX_OCTETS - 1;
        }
        out.write(bytes, start, bytes.length - start);
        out.write(CRLF);
    }

    private static boolean isContinuationByte(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
