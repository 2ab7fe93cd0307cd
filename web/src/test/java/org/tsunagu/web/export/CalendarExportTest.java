package org.tsunagu.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.web.RunningServer;

class CalendarExportTest {

    /** RFC 5545 3.1: a name, parameters, a colon, a value. */
    private static final Pattern CONTENT_LINE = Pattern.compile("[A-Z][A-Z0-9-]*(;[A-Z-]+=[^:;]+)*:.*");

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void storeSamples() {
        Hostile.storeWithSamples(server.database());
    }

    @Test
    void endsEveryLineWithCrlfAndFoldsLongLinesAt75Octets() throws Exception {
        byte[] calendar = download();
        String text = new String(calendar, StandardCharsets.UTF_8);

        assertThat(text).endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        boolean folded = false;
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            folded |= line.startsWith(" ");
        }
        assertThat(folded).as("the description is long enough to fold").isTrue();
    }

    @Test
    void holdsTheEventsWhoseDayIsKnownAsAllDayEvents() throws Exception {
        List<Map<String, String>> events = events(unfolded(download()));

        assertThat(events).hasSize(1);
        Map<String, String> expo = events.get(0);
        assertThat(expo.get("DTSTART;VALUE=DATE")).isEqualTo("20250413");
        assertThat(expo.get("DTEND;VALUE=DATE")).isEqualTo("20251014");
        assertThat(expo.get("UID")).matches("fact-\\d+@tsunagu");
        assertThat(expo.get("DTSTAMP")).matches("\\d{8}T\\d{6}Z");
        assertThat(expo.get("LOCATION")).isEqualTo("Yumeshima");
        assertThat(expo.get("CATEGORIES")).isEqualTo("exhibition");
    }

    @Test
    void escapesCommasSemicolonsBackslashesAndLineBreaks() throws Exception {
        Map<String, String> expo = events(unfolded(download())).get(0);

        assertThat(expo.get("SUMMARY"))
                .isEqualTo("Exhibition: Expo\\; Osaka\\, Kansai \\\\ 2025\\, in Yumeshima (2025-04-13)");
        assertThat(expo.get("DESCRIPTION"))
                .contains("Organisers: Evil \"Corp\"\\, <b>Ltd</b>\\nBranch\\n")
                .contains("大阪・関西万博の日本館と多くの国々のパビリオン")
                .endsWith("(hostile)");
    }

    /** The calendar as sent: a character split by folding would have been decoded as U+FFFD. */
    private byte[] download() throws Exception {
        HttpResponse<String> response = server.get("/export/events.ics");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/calendar"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"events.ics\"");
        assertThat(response.body()).doesNotContain("\uFFFD");
        return response.body().getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 5545 3.1: a CRLF followed by one space or tab is removed. */
    private static List<String> unfolded(byte[] calendar) {
        String text = new String(calendar, StandardCharsets.UTF_8).replaceAll("\r\n[ \t]", "");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).first().isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0").anyMatch(l -> l.startsWith("PRODID:"));
        lines.forEach(line -> assertThat(line).matches(CONTENT_LINE));
        return lines;
    }

    private static List<Map<String, String>> events(List<String> lines) {
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> event = null;
        for (String line : lines) {
            if (line.equals("BEGIN:VEVENT")) {
                event = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(event);
                event = null;
            } else if (event != null) {
                int colon = line.indexOf(':');
                event.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return events;
    }
}
