package org.tsunagu.web.review;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.util.Locale;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.RefusedRequest;

/**
 * A field of a multipart form, with the form's own faults answered as the sender's: no boundary
 * or a body that does not parse is a 400, more parts or bytes than Jetty's limits a 413.
 */
final class MultipartForm {

    /** Jetty's limit on the parts of one form, which keeps a form of tiny parts from costing much. */
    static final int MAX_PARTS = 1_000;

    private MultipartForm() {
    }

    /** The uploaded file of the field, or null when the form has none. */
    static UploadedFile file(Context ctx, String field) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.contains("boundary=")) {
            throw new InvalidRequestException("a multipart form needs a boundary: 'Content-Type: multipart/form-data;"
                    + " boundary=...'");
        }
        try {
            return ctx.uploadedFile(field);
        } catch (IllegalStateException limit) {
            // Jetty's parser says so for too many parts, a part too large, or a request too large.
            throw new RefusedRequest(413, "a form may have at most " + MAX_PARTS + " parts and "
                    + ReviewRoutes.MAX_UPLOAD_BYTES / (1024 * 1024) + " MB: " + limit.getMessage());
        } catch (Exception e) {
            // Jetty's parser throws IOException, undeclared by Javalin's Kotlin, for a body that is not a form.
            if (e instanceof IOException) {
                throw new InvalidRequestException("the multipart form does not parse: " + e.getMessage());
            }
            throw e;
        }
    }
}
