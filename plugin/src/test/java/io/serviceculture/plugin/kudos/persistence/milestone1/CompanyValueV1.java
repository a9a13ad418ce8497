package io.serviceculture.plugin.kudos.persistence.milestone1;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.jspecify.annotations.Nullable;

/** {@code VALUE} in milestone 1. */
@Table("VALUE")
public interface CompanyValueV1 extends Entity {
    @NotNull
    @Unique
    String getValueId();

    void setValueId(String valueId);

    @NotNull
    String getName();

    void setName(String name);

    @Nullable
    @StringLength(StringLength.MAX_LENGTH)
    String getDescription();

    void setDescription(@Nullable String description);

    boolean isActive();

    void setActive(boolean active);

    int getPosition();

    void setPosition(int position);
}
