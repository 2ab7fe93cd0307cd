package org.tsunagu.web.review;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.TemplateEngine;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.PastedText;
import org.tsunagu.ingest.source.ReadOptions;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.RefusedRequest;
import org.tsunagu.web.account.Csrf;
import org.tsunagu.web.account.Visitor;

/**
 * {@code POST /api/documents}: one article, as the request body ({@code text/plain},
 * {@code text/markdown}, {@code text/html} or {@code application/pdf}, named by {@code ?name=}),
 * as the multipart field {@code file}, or pasted as the multipart field {@code text} with its
 * {@code title}, {@code outlet}, {@code url} and {@code date} ({@link PastedArticle}). A file is
 * written to a temporary file and goes through the same readers and limits as {@code tsunagu
 * ingest}, pasted text through {@link PastedText}; either then waits in the {@link UploadQueue} for
 * extraction and the store: the answer is 202 with the upload's status URL, never a request
 * thread held while an article is read. Its facts join the review queue as proposed.
 */
final class ArticleUpload {

    private static final Map<String, String> EXTENSIONS = Map.of("text/plain", ".txt", "text/markdown", ".md",
            "text/html", ".html", "application/pdf", ".pdf");
    private static final int MAX_NAME_CHARS = 100;

    private final UploadQueue queue;
    private final TemplateEngine templates;

    ArticleUpload(Database database, TemplateEngine templates) {
        this.queue = new UploadQueue(database);
        this.templates = templates;
    }

    void upload(Context ctx) throws IOException {
        if (ctx.contentLength() > ReviewRoutes.MAX_UPLOAD_BYTES) {
            throw tooLarge();
        }
        if (ctx.isMultipartFormData() && MultipartForm.file(ctx, "file") == null && ctx.formParam("text") != null) {
            pasted(ctx);
            return;
        }
        Article article = ctx.isMultipartFormData() ? part(ctx) : body(ctx);
        Path folder = Files.createTempDirectory("tsunagu-upload-");
        try {
            Path file = folder.resolve(article.fileName());
            Files.write(file, article.bytes());
            queue(ctx, ArticleFiles.of(List.of(file)).iterator().next());
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    /** A pasted article: a browser hears what to correct on the form again, a script as a 400. */
    private void pasted(Context ctx) {
        PastedArticle article = PastedArticle.of(ctx);
        List<String> problems = article.problems();
        if (!problems.isEmpty()) {
            if (!wantsHtml(ctx)) {
                throw new InvalidRequestException(String.join(" ", problems));
            }
            ctx.status(HttpStatus.BAD_REQUEST);
            HtmlPages.render(ctx, templates, "review/upload-form.jte", new UploadForm(Csrf.token(ctx), article, problems));
            return;
        }
        queue(ctx, PastedText.read(article.name(), article.text(), article.info(), ReadOptions.defaults()));
    }

    private void queue(Context ctx, ReadResult result) {
        if (result instanceof ReadResult.Unreadable unreadable) {
            throw new RefusedRequest(422, unreadable.reason());
        }
        ReadResult.Read read = (ReadResult.Read) result;
        Document document = read.document();
        // The temporary file's path would mean nothing to a reader of the document.
        Document uploaded = new Document(document.name(), "uploaded by " + Visitor.of(ctx).name(), document.text(),
                document.info());
        Upload upload = queue.submit(new ReadResult.Read(read.path(), uploaded, read.warnings()));
        ctx.status(HttpStatus.ACCEPTED).header("Location", upload.url());
        answer(ctx, upload);
    }

    /** {@code GET /uploads/{id}} and {@code /api/uploads/{id}}: queued, done with the document and its facts, or failed. */
    void status(Context ctx) {
        Upload upload = queue.find(ctx.pathParam("id"))
                .orElseThrow(() -> new RefusedRequest(404, "no upload " + ctx.pathParam("id")));
        answer(ctx, upload);
    }

    /** A page for a browser, refreshing itself while the article waits; JSON for everyone else. */
    private void answer(Context ctx, Upload upload) {
        boolean page = ctx.path().startsWith("/uploads/") || !ctx.path().startsWith("/api/uploads/") && wantsHtml(ctx);
        if (!page) {
            ctx.json(json(upload));
            return;
        }
        if (upload.status() == Upload.Status.QUEUED) {
            ctx.header("Refresh", "1; url=" + upload.page());
        }
        HtmlPages.render(ctx, templates, "review/upload.jte", upload);
    }

    private static boolean wantsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    private static ObjectNode json(Upload upload) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("status", upload.status().code());
        body.put("url", upload.url());
        body.put("page", upload.page());
        body.put("document", upload.document());
        body.put("content_hash", upload.contentHash());
        upload.warnings().forEach(body.putArray("warnings")::add);
        if (upload.status() == Upload.Status.DONE) {
            long id = upload.documentId().orElseThrow();
            body.put("document_id", id);
            body.put("document_url", "/api/documents/" + id);
            body.put("stored", upload.stored() ? "new" : "unchanged");
            body.put("facts", upload.facts());
            ObjectNode byType = body.putObject("facts_by_type");
            for (FactType type : FactType.values()) {
                byType.put(type.code(), upload.factsOf(type));
            }
            ArrayNode read = body.putArray("read_facts");
            upload.readFacts().forEach(fact -> read.addObject().put("id", fact.id()).put("type", fact.type().code())
                    .put("summary", fact.summary()).put("page", fact.page()));
            upload.unreadLanguage().ifPresent(language -> body.put("not_read", language.notice()));
        }
        upload.error().ifPresent(error -> body.put("error", error));
        return body;
    }

    private static Article part(Context ctx) {
        UploadedFile file = MultipartForm.file(ctx, "file");
        if (file == null) {
            throw new InvalidRequestException("send the article as the multipart field 'file'");
        }
        if (file.size() > ReviewRoutes.MAX_UPLOAD_BYTES) {
            throw tooLarge();
        }
        try (InputStream content = file.content()) {
            return new Article(fileName(file.filename(), ""), content.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article body(Context ctx) throws IOException {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        String extension = EXTENSIONS.get(type);
        if (extension == null) {
            throw new InvalidRequestException("send text/plain, text/markdown, text/html or application/pdf, or a"
                    + " multipart form with the field 'file', not '" + type + "'");
        }
        byte[] bytes = ctx.bodyInputStream().readNBytes((int) ReviewRoutes.MAX_UPLOAD_BYTES + 1);
        if (bytes.length > ReviewRoutes.MAX_UPLOAD_BYTES) {
            throw tooLarge();
        }
        return new Article(fileName(ctx.queryParam("name"), extension), bytes);
    }

    /**
     * The name without folders, in letters, digits, dots, dashes, underscores and spaces only, so
     * that it stays inside the temporary folder; the extension added when it lacks it.
     */
    static String fileName(String given, String extension) {
        String name = given == null ? "" : given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "-").replaceFirst("^[.\\s]+", "").strip();
        if (name.length() > MAX_NAME_CHARS) {
            name = name.substring(name.length() - MAX_NAME_CHARS);
        }
        if (name.isEmpty()) {
            name = "upload";
        }
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? name : name + extension;
    }

    private static RefusedRequest tooLarge() {
        return new RefusedRequest(413, "an article may be at most " + ReviewRoutes.MAX_UPLOAD_BYTES / (1024 * 1024) + " MB");
    }

    private record Article(String fileName, byte[] bytes) {
    }
}
