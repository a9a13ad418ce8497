package io.serviceculture.standalone.wiring;

/** The plugin's descriptor or Spring Scanner index asks for something the host cannot give: startup stops. */
public final class PluginWiringException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginWiringException(String message) {
        super(message);
    }

    public PluginWiringException(String message, Throwable cause) {
        super(message, cause);
    }
}
