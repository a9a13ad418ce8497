package io.serviceculture.plugin.lifecycle;

import io.serviceculture.core.lifecycle.DataLifecycleService;
import io.serviceculture.plugin.lifecycle.persistence.AoAppData;
import javax.inject.Inject;
import javax.inject.Named;

/** The core lifecycle use cases over the app's Active Objects tables, one per app. */
@Named
public class DataLifecycle {
    private final DataLifecycleService service;

    @Inject
    public DataLifecycle(AoAppData data) {
        this.service = new DataLifecycleService(data);
    }

    public DataLifecycleService service() {
        return service;
    }
}
