package org.tsunagu.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.web.RunningServer;

class GraphMlExportTest {

    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void storeSamples() {
        Hostile.storeWithSamples(server.database());
    }

    @Test
    void holdsANodePerEntityAndAnEdgePerBinaryFact() throws Exception {
        HttpResponse<String> response = server.get("/export/graph.graphml");
        Graph graph = Graph.read(response.body());

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/graphml+xml"));
        assertThat(graph.nodes.values()).extracting(n -> n.get("label"))
                .contains("JETRO", "Sakai", "Da Nang", Hostile.MARKUP, Hostile.FORMULA);
        Map<String, String> friendship = graph.edgeOfKind("friendship");
        assertThat(graph.nodes.get(friendship.get("source")).get("label")).isEqualTo("Da Nang");
        assertThat(graph.nodes.get(friendship.get("target")).get("label")).isEqualTo("Sakai");
        assertThat(friendship).containsEntry("type", "relationship").containsEntry("state", "proposed")
                .containsKey("fact").doesNotContainKey("directed");
        Map<String, String> mou = graph.edgeOfKind("mou");
        assertThat(mou).containsEntry("year", "2013").containsEntry("label",
                "MOU: JETRO — Chongqing Municipal Government (2013-10-31)");
        assertThat(graph.edgeOfKind("fdi_total")).containsEntry("directed", "true").containsEntry("amount", "932000000")
                .containsEntry("currency", "USD");
        assertThat(graph.edgeOfKind("role")).containsEntry("directed", "true");
    }

    @Test
    void isWellFormedAndConsistentGraphMl() throws Exception {
        Graph graph = Graph.read(server.get("/export/graph.graphml").body());

        assertThat(graph.edges).hasSize(5);
        Set<String> edgeIds = new HashSet<>();
        for (Map<String, String> edge : graph.edges) {
            assertThat(graph.nodes).containsKeys(edge.get("source"), edge.get("target"));
            assertThat(edgeIds.add(edge.get("id"))).as("unique edge id " + edge.get("id")).isTrue();
        }
    }

    @Test
    void escapesMarkupInNames() throws Exception {
        String xml = server.get("/export/graph.graphml").body();

        assertThat(xml).contains("Evil \"Corp\", &lt;b&gt;Ltd&lt;/b&gt;\nBranch").doesNotContain("<b>");
    }

    @Test
    void dropsCharactersXmlCannotHold() {
        assertThat(XmlText.legal("a\u0001b\uD800c\uFFFE😀")).isEqualTo("abc😀");
    }

    /** A GraphML file read back with StAX, checking its structure as it goes. */
    private static final class Graph {

        final Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        final List<Map<String, String>> edges = new ArrayList<>();
        /** key id → "node:label" */
        private final Map<String, String> keys = new HashMap<>();

        static Graph read(String xml) throws XMLStreamException {
            Graph graph = new Graph();
            XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(xml));
            Map<String, String> element = null;
            String domain = null;
            boolean inGraph = false;
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                assertThat(reader.getNamespaceURI()).isEqualTo(GRAPHML);
                switch (reader.getLocalName()) {
                    case "key" -> {
                        assertThat(inGraph).as("keys come before the graph").isFalse();
                        graph.keys.put(reader.getAttributeValue(null, "id"),
                                reader.getAttributeValue(null, "for") + ":" + reader.getAttributeValue(null, "attr.name"));
                    }
                    case "graph" -> {
                        inGraph = true;
                        assertThat(reader.getAttributeValue(null, "edgedefault")).isEqualTo("undirected");
                    }
                    case "node" -> {
                        domain = "node";
                        element = new HashMap<>();
                        assertThat(graph.nodes.put(reader.getAttributeValue(null, "id"), element)).isNull();
                    }
                    case "edge" -> {
                        domain = "edge";
                        element = new HashMap<>();
                        for (String attribute : List.of("id", "source", "target", "directed")) {
                            if (reader.getAttributeValue(null, attribute) != null) {
                                element.put(attribute, reader.getAttributeValue(null, attribute));
                            }
                        }
                        graph.edges.add(element);
                    }
                    case "data" -> {
                        String key = graph.keys.get(reader.getAttributeValue(null, "key"));
                        assertThat(key).as("declared key").startsWith(domain + ":");
                        element.put(key.substring(domain.length() + 1), reader.getElementText());
                    }
                    default -> assertThat(reader.getLocalName()).isEqualTo("graphml");
                }
            }
            return graph;
        }

        Map<String, String> edgeOfKind(String kind) {
            return edges.stream().filter(e -> kind.equals(e.get("kind"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + kind + " edge in " + edges));
        }
    }
}
