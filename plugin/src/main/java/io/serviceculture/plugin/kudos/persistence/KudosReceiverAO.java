package io.serviceculture.plugin.kudos.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One receiver of a kudos, as {@code user:<key>} or {@code team:<group>}; rows keep the order they were given in. */
// every column in one SELECT: without it each getter is a query of its own
@Preload
@Table("KUDOS_RCV")
// a person's newest kudos (profile panel, notices) walk this index backwards from the receiver's newest row; with
// the receiver alone PostgreSQL walked every receiver's rows from the newest kudos down (11 ms at 100k kudos)
@Indexes(
        @Index(
                name = "rcv_kudos",
                methodNames = {"getReceiverId", "getKudosId"}))
public interface KudosReceiverAO extends Entity {
    String COLUMN_ID = "ID";
    String COLUMN_KUDOS_ID = "KUDOS_ID";
    String COLUMN_RECEIVER_ID = "RECEIVER_ID";

    @Indexed
    long getKudosId();

    void setKudosId(long kudosId);

    @NotNull
    String getReceiverId();

    void setReceiverId(String receiverId);
}
