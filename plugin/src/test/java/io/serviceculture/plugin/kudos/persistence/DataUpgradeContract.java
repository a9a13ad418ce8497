package io.serviceculture.plugin.kudos.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.serviceculture.aobridge.AoTablePrefix;
import io.serviceculture.aobridge.AoUpgrades;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.kudos.persistence.milestone1.CompanyValueV1;
import io.serviceculture.plugin.kudos.persistence.milestone1.KudosReceiverV1;
import io.serviceculture.plugin.kudos.persistence.milestone1.KudosV1;
import io.serviceculture.plugin.people.MapPluginSettings;
import io.serviceculture.plugin.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import net.java.ao.RawEntity;
import org.jspecify.annotations.Nullable;
import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The app's tables upgraded from milestone 1 (commit d686fab: {@code KUDOS}, {@code KUDOS_RCV}, {@code VALUE}, with
 * data in them) to the current model, as the AO plugin does when the new version starts: the {@code <upgradeTask>}s of
 * the real {@code atlassian-plugin.xml} newer than the stored model version, then its {@code <entity>}s. Run on each
 * real database by a subclass.
 */
public abstract class DataUpgradeContract {
    private static final AoTablePrefix PREFIX = AoTablePrefix.forNamespace(TestDatabase.NAMESPACE);
    private static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");
    private static final Instant HIDDEN_AT = Instant.parse("2026-11-03T14:30:00Z");

    private TestDatabase.Fresh database;
    private ActiveObjects ao;
    private final MapPluginSettings settings = new MapPluginSettings();

    protected abstract TestDatabase database();

    @Before
    public void createMilestoneOneTablesWithData() {
        database = database().fresh(KudosV1.class, KudosReceiverV1.class, CompanyValueV1.class);
        ao = database.ao();
        value("own-it", "Own it", 1);
        value("be-kind", "Be kind", 2);
        kudos(1, "alice", "user:bob", "own-it", "Thanks for the late-night fix", null, null);
        kudos(2, "carol", "team:desk", "be-kind", "Names a customer by mistake", "hanna", "Names a customer");
        // hidden straight in the database before there was a moderation record: no reason was kept
        kudos(3, "bob", "user:alice", "own-it", "Inside joke", "admin", null);
    }

    @Test
    public void namesTheModelVersionSettingAsJirasAoPluginDoes() {
        assertThat(AoUpgrades.modelVersionKey(PREFIX)).isEqualTo("AO_439D1B_#");
    }

    @Test
    public void givesEveryKudosHiddenBeforeModerationRecordsItsRecord() {
        // when
        ModelVersion reached = upgradeAsTheAppStarts();

        // then the model is at version 1 and stored as such
        assertThat(reached.toString()).isEqualTo("1");
        assertThat(settings.get("AO_439D1B_#")).isEqualTo("1");
        // and the two hidden kudos have their moderation copied from their rows, the visible one none
        assertThat(records())
                .containsExactlyInAnyOrder(
                        kudosId(2) + "|hanna|Names a customer|" + HIDDEN_AT, kudosId(3) + "|admin|-|" + HIDDEN_AT);
    }

    @Test
    public void keepsEveryKudosRowAndReceiverAsItWas() {
        // when
        upgradeAsTheAppStarts();

        // then the current adapters read the old rows unchanged
        AoKudosStore store = new AoKudosStore(ao);
        Kudos first = store.findById(kudosId(1)).orElseThrow();
        assertThat(first.giver()).isEqualTo(UserKey.of("alice"));
        assertThat(first.message()).isEqualTo("Thanks for the late-night fix");
        assertThat(first.valueId()).isEqualTo("own-it");
        assertThat(first.givenAt()).isEqualTo(MONDAY);
        assertThat(first.isHidden()).isFalse();
        Kudos second = store.findById(kudosId(2)).orElseThrow();
        assertThat(second.hidden()).contains(new Kudos.Moderation(UserKey.of("hanna"), "Names a customer", HIDDEN_AT));
        assertThat(second.receivers()).extracting(r -> r.id()).containsExactly("team:desk");
        assertThat(ao.count(KudosAO.class)).isEqualTo(3);
        assertThat(ao.count(KudosReceiverAO.class)).isEqualTo(3);
        assertThat(new AoCompanyValues(ao).allValues())
                .extracting(v -> v.id() + "=" + v.name())
                .containsExactly("own-it=Own it", "be-kind=Be kind");
    }

    @Test
    public void createsTheTablesAddedSinceMilestoneOne() {
        // when
        upgradeAsTheAppStarts();

        // then
        assertThat(database.tableNames())
                .contains("AO_439D1B_KUDOS_MOD", "AO_439D1B_SLA_CYCLE", "AO_439D1B_COMMITMENT", "AO_439D1B_ACC_ISSUE");
    }

    @Test
    public void indexesTheIssueOfEveryKudosForTheIssuePanel() {
        // given milestone 1's table, which had no index on the issue
        assertThat(database.indexedColumns("AO_439D1B_KUDOS")).doesNotContain("ISSUE_ID");

        // when
        upgradeAsTheAppStarts();

        // then the issue view's newest-kudos query can use one
        assertThat(database.indexedColumns("AO_439D1B_KUDOS")).contains("ISSUE_ID", "GIVER_KEY");
    }

    @Test
    public void hidesAKudosOnceAfterTheUpgrade() {
        // given
        upgradeAsTheAppStarts();
        AoKudosStore store = new AoKudosStore(ao);
        Kudos.Moderation again =
                new Kudos.Moderation(UserKey.of("admin"), "Again", Instant.parse("2026-11-20T08:00:00Z"));

        // when
        boolean hiddenTwice = store.hide(kudosId(2), again);
        boolean hiddenFirst = store.hide(kudosId(1), again);

        // then
        assertThat(hiddenTwice).isFalse();
        assertThat(hiddenFirst).isTrue();
        assertThat(ao.count(KudosModerationAO.class)).isEqualTo(3);
    }

    @Test
    public void runsNoTaskAgainOnceTheModelIsAtItsVersion() {
        // given an upgraded database whose record of kudos 3 an admin then deleted
        upgradeAsTheAppStarts();
        ao.deleteWithSQL(KudosModerationAO.class, KudosModerationAO.COLUMN_KUDOS_ID + " = ?", kudosId(3));

        // when the app starts again
        ModelVersion reached = upgradeAsTheAppStarts();

        // then version 1's task did not run again
        assertThat(reached.toString()).isEqualTo("1");
        assertThat(records()).hasSize(1);
    }

    /** The upgrade tasks and entities of the app's real descriptor, run through the bridge as the host runs them. */
    private ModelVersion upgradeAsTheAppStarts() {
        Element aoModule = aoModule();
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String name : texts(aoModule, "upgradeTask")) {
            tasks.add(newInstance(name, ActiveObjectsUpgradeTask.class));
        }
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String name : texts(aoModule, "entity")) {
            entities.add(entityClass(name));
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<? extends RawEntity<?>>[] array = entities.toArray(new Class[0]);
        return AoUpgrades.upgradeAndMigrate(ao, settings, PREFIX, tasks, array);
    }

    private List<String> records() {
        return Arrays.stream(ao.find(KudosModerationAO.class))
                .map(r -> r.getKudosId() + "|" + r.getModeratorKey() + "|" + r.getReason() + "|"
                        + r.getHiddenAt().toInstant())
                .toList();
    }

    private long kudosId(int n) {
        return Arrays.stream(ao.find(KudosV1.class, "CLIENT_REQUEST_ID = ?", "request-" + n))
                .findFirst()
                .orElseThrow()
                .getID();
    }

    private void value(String id, String name, int position) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("VALUE_ID", id);
        columns.put("NAME", name);
        columns.put("ACTIVE", true);
        columns.put("POSITION", position);
        ao.create(CompanyValueV1.class, columns);
    }

    private void kudos(
            int n,
            String giver,
            String receiver,
            String value,
            String message,
            @Nullable String hiddenBy,
            @Nullable String reason) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("GIVER_KEY", giver);
        columns.put("VALUE_ID", value);
        columns.put("MESSAGE", message);
        columns.put("VISIBILITY", "PUBLIC");
        columns.put("GIVEN_AT", Date.from(MONDAY));
        columns.put("WEEK", "2026-W45");
        columns.put("SLOT", giver + "|2026-W45|" + n);
        columns.put("CLIENT_REQUEST_ID", "request-" + n);
        columns.put("REQUEST_KEY", giver + "|request-" + n);
        if (hiddenBy != null) {
            columns.put("HIDDEN_BY", hiddenBy);
            columns.put("HIDDEN_AT", Date.from(HIDDEN_AT));
            if (reason != null) {
                columns.put("HIDDEN_REASON", reason);
            }
        }
        KudosV1 row = ao.create(KudosV1.class, columns);
        ao.create(KudosReceiverV1.class, Map.of("KUDOS_ID", (long) row.getID(), "RECEIVER_ID", receiver));
    }

    private static Element aoModule() {
        try (InputStream xml = DataUpgradeContract.class.getResourceAsStream("/atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList modules = factory.newDocumentBuilder().parse(xml).getElementsByTagName("ao");
            return (Element) modules.item(0);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read the app's descriptor", e);
        }
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static <T> T newInstance(String name, Class<T> type) {
        try {
            return type.cast(Class.forName(name).getConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(name, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>> entityClass(String name) {
        try {
            return (Class<? extends RawEntity<?>>) Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
