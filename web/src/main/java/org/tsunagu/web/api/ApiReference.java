package org.tsunagu.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.tsunagu.web.HtmlPages;

/**
 * The API for people: every operation of the OpenAPI description the server serves, with its
 * parameters and answers, read from that same document so the page and the description never
 * disagree.
 */
public record ApiReference(String title, String summary, String description, List<Operation> operations) {

    public static final String PATH = "/api-reference";

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Operation(String method, String path, String summary, String description, boolean needsToken,
            List<Parameter> parameters, List<Answer> answers) {

        /** An anchor for links to the operation: "get-api-facts-id-accept". */
        public String anchor() {
            return (method + path).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
        }
    }

    public record Parameter(String name, String in, boolean required, String type, String description) {
    }

    public record Answer(String status, String description) {
    }

    public static void addTo(Javalin app, TemplateEngine templates) {
        ApiReference reference = of(ApiConventions.description());
        app.get(PATH, ctx -> HtmlPages.render(ctx, templates, "api/reference.jte", reference));
    }

    public static ApiReference of(byte[] description) {
        JsonNode root;
        try {
            root = JSON.readTree(description);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        root.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!entry.getKey().equals("parameters") && !entry.getKey().startsWith("x-")) {
                operations.add(operation(root, path.getKey(), path.getValue().path("parameters"), entry.getKey(),
                        entry.getValue()));
            }
        }));
        JsonNode info = root.get("info");
        return new ApiReference(info.path("title").asText(), info.path("summary").asText(),
                info.path("description").asText(), List.copyOf(operations));
    }

    /** The operation's parameters follow those its path gives every operation, which it may override. */
    private static Operation operation(JsonNode root, String path, JsonNode pathParameters, String method,
            JsonNode operation) {
        Map<String, Parameter> byPlace = new LinkedHashMap<>();
        for (JsonNode given : List.of(pathParameters, operation.path("parameters"))) {
            for (Parameter parameter : parameters(root, given)) {
                byPlace.put(parameter.in() + " " + parameter.name(), parameter);
            }
        }
        List<Parameter> parameters = List.copyOf(byPlace.values());
        List<Answer> answers = new ArrayList<>();
        operation.path("responses").fields().forEachRemaining(response ->
                answers.add(new Answer(response.getKey(), resolved(root, response.getValue()).path("description").asText())));
        return new Operation(method.toUpperCase(Locale.ROOT), path, operation.path("summary").asText(),
                operation.path("description").asText(), operation.has("security"), parameters,
                List.copyOf(answers));
    }

    private static List<Parameter> parameters(JsonNode root, JsonNode given) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode node : given) {
            JsonNode parameter = resolved(root, node);
            parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                    parameter.path("required").asBoolean(false), type(root, parameter.path("schema")),
                    parameter.path("description").asText()));
        }
        return parameters;
    }

    /** What a schema says a value is, in a few words: "integer", "date", "one of proposed, accepted". */
    private static String type(JsonNode root, JsonNode schema) {
        JsonNode resolved = resolved(root, schema);
        if (resolved.has("enum")) {
            return "one of " + StreamSupport.stream(resolved.get("enum").spliterator(), false).map(JsonNode::asText)
                    .collect(Collectors.joining(", "));
        }
        if (resolved.has("format")) {
            return resolved.get("format").asText();
        }
        return resolved.path("type").asText(schema.has("$ref") ? last(schema.get("$ref").asText()) : "");
    }

    private static JsonNode resolved(JsonNode root, JsonNode node) {
        return node.has("$ref") ? root.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static String last(String reference) {
        return reference.substring(reference.lastIndexOf('/') + 1);
    }
}
