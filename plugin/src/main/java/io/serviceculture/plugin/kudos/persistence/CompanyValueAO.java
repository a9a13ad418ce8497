package io.serviceculture.plugin.kudos.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.jspecify.annotations.Nullable;

/** A company value kudos can be given for; retired values stay for the kudos that name them. */
// every column in one SELECT: without it each getter is a query of its own
@Preload
@Table("VALUE")
public interface CompanyValueAO extends Entity {
    String COLUMN_ID = "ID";
    String COLUMN_VALUE_ID = "VALUE_ID";
    String COLUMN_NAME = "NAME";
    String COLUMN_DESCRIPTION = "DESCRIPTION";
    String COLUMN_ACTIVE = "ACTIVE";
    String COLUMN_POSITION = "POSITION";

    @NotNull
    @Unique
    String getValueId();

    void setValueId(String valueId);

    @NotNull
    String getName();

    void setName(String name);

    // AO stores an empty string as NULL (as Oracle does), and a value may have no description
    @Nullable
    @StringLength(StringLength.MAX_LENGTH)
    String getDescription();

    void setDescription(@Nullable String description);

    boolean isActive();

    void setActive(boolean active);

    int getPosition();

    void setPosition(int position);
}
