package io.serviceculture.standalone.velocity;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.log.LogChute;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends Velocity's log to SLF4J instead of a {@code velocity.log} file in the working directory. */
public final class Slf4jLogChute implements LogChute {
    private static final Logger LOG = LoggerFactory.getLogger("velocity");

    @Override
    public void init(RuntimeServices services) {}

    @Override
    public void log(int level, String message) {
        log(level, message, null);
    }

    @Override
    public void log(int level, String message, @Nullable Throwable t) {
        if (level >= WARN_ID) {
            LOG.warn(message, t);
        } else {
            LOG.debug(message, t);
        }
    }

    @Override
    public boolean isLevelEnabled(int level) {
        return level >= WARN_ID || LOG.isDebugEnabled();
    }
}
