package dev.tradewind.web;

/**
 * A request the API refuses: answered with {@code status} and the one-line JSON body {@code {"error": message}}.
 * Bad input is 400, an unknown id 404, a state conflict 409; never a stack trace.
 */
public final class ApiError extends RuntimeException {
    private final int status;

    public ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() { return status; }

    static ApiError badRequest(String message) { return new ApiError(400, message); }

    static ApiError notFound(String message) { return new ApiError(404, message); }

    static ApiError conflict(String message) { return new ApiError(409, message); }
}
