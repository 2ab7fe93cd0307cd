package org.tsunagu.web.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.fact.Product;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.fact.Role;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.resolution.Entity;

/**
 * The knowledge base, or the part of it a network page draws, as a GraphML network for Gephi: a
 * node per entity, an edge per fact between two of them. An agreement of three parties is three edges, one per pair; a role points from
 * the person, a figure from the investor, a product line from its origin to where it is shown.
 * Events, which gather any number of entities at a place, are not edges. Written through StAX,
 * which escapes markup; characters XML cannot hold at all are dropped.
 */
final class GraphMlExport {

    private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final String SCHEMA_LOCATION = NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final XMLStreamWriter xml;
    private final EntityIndex index;

    private GraphMlExport(XMLStreamWriter xml, EntityIndex index) {
        this.xml = xml;
        this.index = index;
    }

    /**
     * Writes these entities and the edges the facts make between them (an edge to an entity not
     * among them is left out): a part of the network, as drawn on the network page.
     */
    static long write(Iterable<Entity> entities, Iterable<KnowledgeFact> facts, OutputStream out)
            throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        GraphMlExport export = new GraphMlExport(xml, new EntityIndex());
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "graphml");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", SCHEMA_LOCATION);
        export.keys();
        xml.writeCharacters("\n  ");
        xml.writeStartElement(NAMESPACE, "graph");
        xml.writeAttribute("id", "tsunagu");
        xml.writeAttribute("edgedefault", "undirected");
        for (Entity entity : entities) {
            export.node(entity);
        }
        long edges = 0;
        for (KnowledgeFact fact : facts) {
            edges += export.edges(fact);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
        return edges;
    }

    private void keys() throws XMLStreamException {
        key("label", "node", "string");
        key("type", "node", "string");
        key("level", "node", "string");
        key("parent", "node", "string");
        key("mentions", "node", "long");
        key("label", "edge", "string");
        key("type", "edge", "string");
        key("kind", "edge", "string");
        key("year", "edge", "int");
        key("fact", "edge", "long");
        key("confidence", "edge", "double");
        key("state", "edge", "string");
        key("amount", "edge", "double");
        key("currency", "edge", "string");
    }

    /** Keys are named after what they hold; node and edge keys share names, so ids carry the domain. */
    private void key(String name, String domain, String type) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement(NAMESPACE, "key");
        xml.writeAttribute("id", keyId(name, domain));
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static String keyId(String name, String domain) {
        return domain.charAt(0) + "_" + name;
    }

    private void node(Entity entity) throws XMLStreamException {
        index.add(entity);
        xml.writeCharacters("\n    ");
        xml.writeStartElement(NAMESPACE, "node");
        xml.writeAttribute("id", nodeId(entity.id()));
        data("node", "label", entity.name());
        data("node", "type", entity.type().code());
        if (entity.level().isPresent()) {
            data("node", "level", entity.level().get());
        }
        if (entity.parent().isPresent()) {
            data("node", "parent", entity.parent().get());
        }
        data("node", "mentions", Long.toString(entity.mentions()));
        xml.writeEndElement();
    }

    private long edges(KnowledgeFact known) throws XMLStreamException {
        List<Edge> edges = edgesOf(known.fact());
        int written = 0;
        for (Edge edge : edges) {
            Optional<Long> source = index.id(edge.source());
            Optional<Long> target = index.id(edge.target());
            if (source.isEmpty() || target.isEmpty()) {
                continue;
            }
            xml.writeCharacters("\n    ");
            xml.writeStartElement(NAMESPACE, "edge");
            xml.writeAttribute("id", "f" + known.id() + (edges.size() == 1 ? "" : "-" + (written + 1)));
            xml.writeAttribute("source", nodeId(source.get()));
            xml.writeAttribute("target", nodeId(target.get()));
            if (edge.directed()) {
                xml.writeAttribute("directed", "true");
            }
            data("edge", "label", known.summary());
            data("edge", "type", known.type().code());
            data("edge", "kind", edge.kind());
            if (edge.date().isPresent()) {
                data("edge", "year", Integer.toString(edge.date().get().year()));
            }
            data("edge", "fact", Long.toString(known.id()));
            data("edge", "confidence", Double.toString(known.confidence()));
            data("edge", "state", known.reviewState().code());
            for (Map.Entry<String, String> extra : edge.extra().entrySet()) {
                data("edge", extra.getKey(), extra.getValue());
            }
            xml.writeEndElement();
            written++;
        }
        return written;
    }

    private static List<Edge> edgesOf(Fact fact) {
        List<Edge> edges = new ArrayList<>();
        if (fact instanceof Agreement a) {
            for (int i = 0; i < a.parties().size(); i++) {
                for (int j = i + 1; j < a.parties().size(); j++) {
                    edges.add(new Edge(a.parties().get(i), a.parties().get(j), false, a.kind().code(), a.date(), Map.of()));
                }
            }
        } else if (fact instanceof Relationship r) {
            edges.add(new Edge(r.a(), r.b(), false, r.kind().code(), r.since(), Map.of()));
        } else if (fact instanceof Role r && r.org().isPresent()) {
            edges.add(new Edge(r.person(), r.org().get(), true, "role", Optional.empty(), Map.of()));
        } else if (fact instanceof Investment i) {
            Map<String, String> money = new LinkedHashMap<>();
            money.put("amount", i.amount().amount().toPlainString());
            money.put("currency", i.amount().currency().getCurrencyCode());
            edges.add(new Edge(i.investor(), i.destination(), true, i.kind().code(), i.asOf(), money));
        } else if (fact instanceof Product p && p.origin().isPresent() && p.showcasedAt().isPresent()) {
            edges.add(new Edge(p.origin().get(), p.showcasedAt().get(), true, "product", Optional.empty(), Map.of()));
        }
        return edges;
    }

    private void data(String domain, String key, String value) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "data");
        xml.writeAttribute("key", keyId(key, domain));
        xml.writeCharacters(XmlText.legal(value));
        xml.writeEndElement();
    }

    private static String nodeId(long entity) {
        return "e" + entity;
    }

    /** An edge of a fact: between two entities, pointing from the first when directed. */
    private record Edge(EntityRef source, EntityRef target, boolean directed, String kind, Optional<PartialDate> date,
            Map<String, String> extra) {
    }
}
