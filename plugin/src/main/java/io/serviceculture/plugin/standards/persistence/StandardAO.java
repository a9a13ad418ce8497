package io.serviceculture.plugin.standards.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A service standard by id; what it says lives in its versions. */
@Table("SLA_STD")
public interface StandardAO extends Entity {
    String COLUMN_ID = "ID";
    String COLUMN_STANDARD_ID = "STANDARD_ID";
    String COLUMN_CREATED_AT = "CREATED_AT";

    @NotNull
    @Unique
    String getStandardId();

    void setStandardId(String standardId);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}
