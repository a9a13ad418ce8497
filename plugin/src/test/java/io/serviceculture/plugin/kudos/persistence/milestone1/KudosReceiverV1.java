package io.serviceculture.plugin.kudos.persistence.milestone1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** {@code KUDOS_RCV} in milestone 1. */
@Table("KUDOS_RCV")
public interface KudosReceiverV1 extends Entity {
    @Indexed
    long getKudosId();

    void setKudosId(long kudosId);

    @NotNull
    @Indexed
    String getReceiverId();

    void setReceiverId(String receiverId);
}
