package app.spotter.server.http;

import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * Failures that are the client's doing (a body cut off, a bad chunk, a body that arrived too slowly or stopped):
 * answered with their 4xx and no stack trace in the log.
 */
public final class ClientFaults {
    private ClientFaults() {
    }

    /** The 4xx answer for a failure the client caused, or 0 when the server is at fault. */
    public static int statusOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return http.getCode();
            }
            if (t instanceof TimeoutException) {
                return 408;
            }
            if (t instanceof EofException || t instanceof java.io.EOFException) {
                return 400;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return 0;
    }

    public static ApiException toApiException(Throwable failure, int status) {
        String message = status == 408 ? "The request body arrived too slowly or stopped"
                : "The request body could not be read (cut off or badly framed)";
        return ApiException.withStatus(status, message);
    }
}
