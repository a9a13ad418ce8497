package io.serviceculture.standalone.importer;

/** An import file the host cannot read; it names the file and what is wrong with it. */
public final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
