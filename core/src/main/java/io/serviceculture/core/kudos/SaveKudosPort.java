package io.serviceculture.core.kudos;

/**
 * Stores a kudos together with the allowance slot it uses, in one transaction. The store enforces two unique
 * keys, the slot and (giver, client request id); instead of throwing, it says which one refused the row, so
 * that the use case can try the next slot or return the earlier kudos.
 */
public interface SaveKudosPort {
    SaveOutcome save(NewKudos kudos, AllowanceSlot slot);

    /** What happened to one attempt to store a kudos. */
    sealed interface SaveOutcome permits Saved, SlotTaken, DuplicateRequest {}

    /** Stored, with its new id. */
    record Saved(Kudos kudos) implements SaveOutcome {}

    /** Another request took this slot first; nothing was stored. */
    record SlotTaken() implements SaveOutcome {}

    /** The same giver already sent this client request id; nothing was stored. */
    record DuplicateRequest() implements SaveOutcome {}
}
