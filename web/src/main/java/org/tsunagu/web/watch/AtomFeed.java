package org.tsunagu.web.watch;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tsunagu.store.watch.Watchlist;
import org.tsunagu.web.export.XmlText;

/**
 * A watchlist as an Atom 1.0 feed (RFC 4287): an entry per fact or document, newest first,
 * linking to its page, with the evidence sentence as its summary and the time it was ingested as
 * its dates. The JDK's XML writer escapes article text; what XML cannot hold at all is dropped.
 */
final class AtomFeed {

    static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final XMLStreamWriter xml;
    private final String site;

    private AtomFeed(XMLStreamWriter xml, String site) {
        this.xml = xml;
        this.site = site;
    }

    /**
     * @param site the server's address as the feed reader asked for it ("https://tsunagu.example")
     * @param self the feed's own address
     */
    static void write(Watchlist watchlist, List<WatchItem> items, String site, String self, OutputStream out)
            throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        AtomFeed feed = new AtomFeed(xml, site);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(ATOM);
        xml.writeStartElement(ATOM, "feed");
        xml.writeDefaultNamespace(ATOM);
        // The watchlist's page, not the feed's address: that holds a token, which may be replaced.
        feed.element("id", site + "/following#watchlist-" + watchlist.id());
        feed.element("title", "Tsunagu · " + watchlist.label());
        feed.element("subtitle", "What is new in the " + watchlist.kind().code() + " you follow");
        feed.element("updated", (items.isEmpty() ? watchlist.createdAt() : items.get(0).at()).toString());
        feed.link("self", self);
        feed.link("alternate", site + "/following");
        xml.writeStartElement(ATOM, "author");
        feed.element("name", "Tsunagu");
        xml.writeEndElement();
        for (WatchItem item : items) {
            feed.entry(item);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private void entry(WatchItem item) throws XMLStreamException {
        xml.writeStartElement(ATOM, "entry");
        element("id", site + item.path());
        element("title", item.title());
        link("alternate", site + item.path());
        Instant at = item.at();
        element("published", at.toString());
        element("updated", at.toString());
        if (!item.summary().isEmpty()) {
            element("summary", item.summary());
        }
        xml.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(XmlText.legal(text));
        xml.writeEndElement();
    }

    private void link(String relation, String href) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", relation);
        xml.writeAttribute("href", href);
    }
}
