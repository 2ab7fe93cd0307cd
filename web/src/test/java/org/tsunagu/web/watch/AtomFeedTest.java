package org.tsunagu.web.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.tsunagu.store.watch.WatchKind;
import org.tsunagu.store.watch.Watchlist;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String HOSTILE = "Kobe & <script>alert('x')</script> signed \"an MOU\" ]]> with Incheon\u0001.";

    @Test
    void writesValidAtomWithHostileTextEscaped() throws Exception {
        Watchlist watchlist = new Watchlist(7, 1, WatchKind.ENTITY, "3", "Kobe <b>&</b> friends",
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));
        Instant ingested = Instant.parse("2026-03-04T05:06:07.123456Z");
        List<WatchItem> items = List.of(new WatchItem("MOU: Kobe — Incheon <i>2026</i>", HOSTILE, "/facts/42", ingested));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomFeed.write(watchlist, items, "https://tsunagu.example", "https://tsunagu.example/feeds/t/7.atom", out);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(text(root, "title")).isEqualTo("Tsunagu · Kobe <b>&</b> friends");
        assertThat(feed.getElementsByTagNameNS("*", "script").getLength()).as("markup stays text").isZero();
        Element entry = (Element) root.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertThat(text(entry, "summary")).as("escaped, with the character XML cannot hold dropped")
                .isEqualTo(HOSTILE.replace("\u0001", ""));
        assertThat(text(entry, "id")).isEqualTo("https://tsunagu.example/facts/42");
        assertThat(((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .isEqualTo("https://tsunagu.example/facts/42");
        assertThat(text(entry, "published")).isEqualTo("2026-03-04T05:06:07.123456Z");
        assertThat(text(entry, "updated")).isEqualTo("2026-03-04T05:06:07.123456Z");
        assertThat(text(root, "updated")).as("the feed changed when its newest entry came").isEqualTo(text(entry, "updated"));
        assertThat(((Element) root.getElementsByTagNameNS(ATOM, "author").item(0)).getTextContent()).isNotBlank();
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }
}
