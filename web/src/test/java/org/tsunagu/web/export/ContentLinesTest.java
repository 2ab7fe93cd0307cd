package org.tsunagu.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentLinesTest {

    @Test
    void leavesALineOf75OctetsWhole() {
        String line = "SUMMARY:" + "x".repeat(67);

        assertThat(new String(written(line), StandardCharsets.US_ASCII)).isEqualTo(line + "\r\n");
    }

    @Test
    void foldsTheNextOctetOntoALineStartingWithASpace() {
        String line = "SUMMARY:" + "x".repeat(68);

        assertThat(new String(written(line), StandardCharsets.US_ASCII))
                .isEqualTo("SUMMARY:" + "x".repeat(67) + "\r\n x\r\n");
    }

    @Test
    void foldsBeforeACharacterThatWouldNotFit() {
        // 8 octets, then 3-octet characters: the 23rd would end at octet 77.
        String line = "SUMMARY:" + "館".repeat(30);

        String[] lines = new String(written(line), StandardCharsets.UTF_8).split("\r\n");

        assertThat(lines[0]).isEqualTo("SUMMARY:" + "館".repeat(22));
        assertThat(lines[1]).isEqualTo(" " + "館".repeat(8));
    }

    @Test
    void escapesTextValues() {
        assertThat(ContentLines.escaped("a,b;c\\d\ne\r\nf\rg\u0007h\ti")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf\\ng" + "h\ti");
    }

    static byte[] written(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int colon = line.indexOf(':');
        try {
            new ContentLines(out).raw(line.substring(0, colon), line.substring(colon + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
