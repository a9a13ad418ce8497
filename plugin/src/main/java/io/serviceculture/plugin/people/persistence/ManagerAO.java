package io.serviceculture.plugin.people.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One imported reporting line: a person and their manager, both by user key; a person has one manager. */
@Table("MANAGER")
public interface ManagerAO extends Entity {
    String COLUMN_ID = "ID";
    String COLUMN_USER_KEY = "USER_KEY";
    String COLUMN_MANAGER_KEY = "MANAGER_KEY";

    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    String getManagerKey();

    void setManagerKey(String managerKey);
}
