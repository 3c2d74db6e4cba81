package app.spotter.server.http;

import app.spotter.json.Json;
import app.spotter.validation.Limits;
import io.javalin.http.Context;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Reading request bodies and writing JSON answers, the same way for every route. */
public final class Api {
    private static final long DRAIN_MAX_BYTES = 32L * 1024 * 1024;

    private Api() {
    }

    /**
     * The request body as text: refused with 415 unless it is JSON, and with 413 past {@link Limits#BODY_MAX_BYTES}
     * whether or not the client declared its length; nothing is parsed before these checks.
     */
    public static String jsonBody(Context ctx) {
        return jsonBody(ctx, Limits.BODY_MAX_BYTES);
    }

    /** As {@link #jsonBody(Context)}, with a larger limit for the routes that take whole files (imports). */
    public static String jsonBody(Context ctx, int maxBytes) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw ApiException.unsupportedMediaType("Send the body as JSON (Content-Type: application/json)");
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared == 0) {
            // Nothing to read, and reading would meet Jetty's minimum body rate, which no empty body passes once a
            // millisecond has gone by (0 bytes a second): the 400 for an empty body sometimes became a 408.
            return "";
        }
        try (InputStream in = ctx.bodyInputStream()) {
            if (declared > maxBytes) {
                throw refuse(in, declared, maxBytes);
            }
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw refuse(in, -1, maxBytes);
            }
            return BodyText.decode(bytes);
        } catch (IOException | RuntimeException e) {
            int status = ClientFaults.statusOf(e);
            if (status == 0) {
                throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
            }
            throw ClientFaults.toApiException(e, status);
        }
    }

    /** The part of a spooled body held in memory before it is written to the file. */
    private static final int SPOOL_BUFFER_BYTES = 64 * 1024;

    /**
     * The request body written to a temporary file, with the same refusals as {@link #jsonBody(Context, int)}: for
     * whole files (imports), which are then read in a stream and never held in memory whole. The caller deletes it.
     */
    public static Path spoolJsonBody(Context ctx, int maxBytes) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw ApiException.unsupportedMediaType("Send the body as JSON (Content-Type: application/json)");
        }
        long declared = ctx.req().getContentLengthLong();
        Path file = null;
        if (declared == 0) {
            // As in jsonBody: an empty body is not read, so the minimum body rate cannot turn its 400 into a 408.
            try {
                return Files.createTempFile("spotter-import-", ".json");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (InputStream in = ctx.bodyInputStream()) {
            if (declared > maxBytes) {
                throw refuse(in, declared, maxBytes);
            }
            file = Files.createTempFile("spotter-import-", ".json");
            // Buffered: no disk write between two reads of a small body. Jetty's minimum body rate counts from the
            // first read, so a stall there (a slow write on a loaded disk) got a 60-byte body a 408.
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), SPOOL_BUFFER_BYTES)) {
                in.transferTo(new LimitedOutput(out, maxBytes));
            } catch (LimitedOutput.Exceeded over) {
                throw refuse(in, -1, maxBytes);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            int status = ClientFaults.statusOf(e);
            if (status == 0) {
                throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
            }
            throw ClientFaults.toApiException(e, status);
        }
    }

    public static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file; the system cleans its folder.
            }
        }
    }

    public static void json(Context ctx, int status, Object objectOrArray) {
        ctx.status(status).contentType("application/json").result(Json.write(objectOrArray));
    }

    /** Answers with JSON text that is already written (a stored document). */
    public static void jsonText(Context ctx, int status, String json) {
        ctx.status(status).contentType("application/json").result(json);
    }

    /**
     * Refuses an oversized body. Up to {@link #DRAIN_MAX_BYTES} the rest is read and dropped first: a client still
     * sending when the answer comes would otherwise see the connection reset instead of the 413. Past that the
     * connection is simply closed.
     */
    private static ApiException refuse(InputStream in, long declared, int maxBytes) throws IOException {
        if (declared <= DRAIN_MAX_BYTES) {
            long left = DRAIN_MAX_BYTES;
            byte[] sink = new byte[64 * 1024];
            for (int n = in.read(sink); n > 0 && left > 0; n = in.read(sink)) {
                left -= n;
            }
        }
        return tooLarge(maxBytes);
    }

    private static ApiException tooLarge(int maxBytes) {
        return ApiException.tooLarge("The body is larger than " + (maxBytes / 1024) + " KB");
    }
}
