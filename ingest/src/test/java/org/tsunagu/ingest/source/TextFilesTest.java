package org.tsunagu.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.ingest.source.SourceFiles.read;
import static org.tsunagu.ingest.source.SourceFiles.reason;
import static org.tsunagu.ingest.source.SourceFiles.write;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void readsUtf8TextAsWritten() {
        ReadResult.Read result = read(write(dir, "hanoi.txt", "Hà Nội và Tokyo ký kết 協定 — “2024”.\r\n"));

        assertThat(result.document().text()).isEqualTo("Hà Nội và Tokyo ký kết 協定 — “2024”.");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void fallsBackToWindows1252AndSaysSo() {
        byte[] bytes = "Café owners in Düsseldorf signed a €5m deal – “finally”.".getBytes(WINDOWS_1252);

        ReadResult.Read result = read(write(dir, "old-export.txt", bytes));

        assertThat(result.document().text()).isEqualTo("Café owners in Düsseldorf signed a €5m deal – “finally”.");
        assertThat(result.warnings()).containsExactly("not valid UTF-8; decoded as windows-1252");
        assertThat(result.describe()).endsWith("read; not valid UTF-8; decoded as windows-1252");
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorWindows1252() {
        byte[] bytes = {'T', 'e', 'x', 't', ' ', (byte) 0xC3, ' ', (byte) 0x81, ' ', (byte) 0x9D, ' ', 'e', 'n', 'd'};

        assertThat(reason(write(dir, "mixed.txt", bytes))).isEqualTo("not valid UTF-8, nor windows-1252 text");
    }

    @Test
    void decodesUtf16WithAByteOrderMarkInEitherOrder() {
        String text = "Đà Nẵng welcomes Korean investors.";
        byte[] bigEndian = text.getBytes(StandardCharsets.UTF_16);
        byte[] littleEndian = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));

        assertThat(read(write(dir, "be.txt", bigEndian)).document().text()).isEqualTo(text);
        assertThat(read(write(dir, "le.txt", littleEndian)).document().text()).isEqualTo(text);
    }

    @Test
    void dropsAUtf8ByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Seoul.".getBytes(StandardCharsets.UTF_8));

        assertThat(read(write(dir, "bom.txt", bytes)).document().text()).isEqualTo("Seoul.");
    }

    @Test
    void refusesAFileOfOnlyAByteOrderMarkAndSpaces() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'};

        assertThat(reason(write(dir, "bom-only.txt", bytes))).isEqualTo("file has only whitespace");
    }

    @Test
    void refusesTextFullOfControlCharactersAsBinary() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("ab").append((char) (1 + i % 8));
        }

        assertThat(reason(write(dir, "terminal-log.txt", text.toString()))).isEqualTo("binary file, not text");
    }

    @Test
    void refusesRandomBytesWithoutNulAsBinary() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = bytes[i] == 0 ? 1 : bytes[i];
        }

        assertThat(reason(write(dir, "random.txt", bytes))).isEqualTo("binary file, not text");
    }

    @Test
    void keepsTabsFormFeedsAndLineBreaksAsText() {
        String text = "Table\t1\fPage two\nLine three";

        assertThat(read(write(dir, "layout.txt", text)).document().text()).isEqualTo(text);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        return ByteBuffer.allocate(first.length + second.length).put(first).put(second).array();
    }
}
