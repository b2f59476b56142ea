package dev.moodleaws.core.resolve;

/** A lookup failed: the message says what was asked and why it has no answer. */
public class SourceLookupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SourceLookupException(String message) {
        super(message);
    }

    public SourceLookupException(String message, Throwable cause) {
        super(message, cause);
    }
}
