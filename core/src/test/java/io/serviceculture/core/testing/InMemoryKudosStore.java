package io.serviceculture.core.testing;

import io.serviceculture.core.kudos.AllowanceSlot;
import io.serviceculture.core.kudos.IsoWeek;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.KudosPage;
import io.serviceculture.core.kudos.KudosQuery;
import io.serviceculture.core.kudos.LoadKudosPort;
import io.serviceculture.core.kudos.ModerateKudosPort;
import io.serviceculture.core.kudos.NewKudos;
import io.serviceculture.core.kudos.SaveKudosPort;
import io.serviceculture.core.people.UserKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** A kudos store with the same two unique keys as the real one: the allowance slot and the request id. */
public final class InMemoryKudosStore implements LoadKudosPort, SaveKudosPort, ModerateKudosPort {
    private final Map<Long, Kudos> kudosById = new HashMap<>();
    private final Set<String> slots = new HashSet<>();
    private final Map<String, Long> kudosIdByRequest = new HashMap<>();
    private final Map<String, Integer> slotsUsedByGiverWeek = new HashMap<>();
    private long nextId = 1;

    /** Marks a slot as used, as a concurrent request would between our count and our insert. */
    public void takeSlotBehindTheServicesBack(AllowanceSlot slot) {
        useSlot(slot);
    }

    private void useSlot(AllowanceSlot slot) {
        slots.add(slot.key());
        slotsUsedByGiverWeek.merge(slot.giver() + "|" + slot.week(), 1, Integer::sum);
    }

    public int size() {
        return kudosById.size();
    }

    @Override
    public synchronized SaveOutcome save(NewKudos kudos, AllowanceSlot slot) {
        if (slots.contains(slot.key())) {
            return new SlotTaken();
        }
        String request = kudos.giver() + "|" + kudos.clientRequestId();
        if (kudosIdByRequest.containsKey(request)) {
            return new DuplicateRequest();
        }
        useSlot(slot);
        Kudos saved = kudos.withId(nextId++);
        kudosById.put(saved.id(), saved);
        kudosIdByRequest.put(request, saved.id());
        return new Saved(saved);
    }

    @Override
    public Optional<Kudos> findById(long id) {
        return Optional.ofNullable(kudosById.get(id));
    }

    @Override
    public Optional<Kudos> findByClientRequest(UserKey giver, String clientRequestId) {
        return Optional.ofNullable(kudosIdByRequest.get(giver + "|" + clientRequestId))
                .map(kudosById::get);
    }

    @Override
    public int countSlotsUsed(UserKey giver, IsoWeek week) {
        return slotsUsedByGiverWeek.getOrDefault(giver + "|" + week, 0);
    }

    @Override
    public KudosPage findKudos(KudosQuery query) {
        List<Kudos> matching = new ArrayList<>(kudosById.values().stream()
                .filter(k -> query.includeHidden() || !k.isHidden())
                .filter(k ->
                        query.receiver().map(r -> k.receivers().contains(r)).orElse(true))
                .filter(k ->
                        query.anyReceiver().isEmpty() || k.receivers().stream().anyMatch(query.anyReceiver()::contains))
                .filter(k -> query.issueId().isEmpty() || k.issueId().equals(query.issueId()))
                .filter(k -> query.giver().map(g -> k.giver().equals(g)).orElse(true))
                .filter(k -> query.valueId().map(v -> k.valueId().equals(v)).orElse(true))
                .filter(k ->
                        query.beforeId().isEmpty() || k.id() < query.beforeId().getAsLong())
                .sorted(Comparator.comparingLong(Kudos::id).reversed())
                .toList());
        boolean more = matching.size() > query.limit();
        List<Kudos> page = more ? matching.subList(0, query.limit()) : matching;
        return new KudosPage(
                page, more ? OptionalLong.of(page.get(page.size() - 1).id()) : OptionalLong.empty());
    }

    @Override
    public synchronized boolean hide(long kudosId, Kudos.Moderation moderation) {
        Kudos kudos = kudosById.get(kudosId);
        if (kudos == null || kudos.isHidden()) {
            return false;
        }
        kudosById.put(
                kudosId,
                new Kudos(
                        kudos.id(),
                        kudos.giver(),
                        kudos.receivers(),
                        kudos.valueId(),
                        kudos.message(),
                        kudos.issueId(),
                        kudos.visibility(),
                        kudos.givenAt(),
                        kudos.clientRequestId(),
                        Optional.of(moderation)));
        return true;
    }
}
