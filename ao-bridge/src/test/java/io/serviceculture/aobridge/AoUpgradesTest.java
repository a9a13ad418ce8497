package io.serviceculture.aobridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.junit.Before;
import org.junit.Test;

public class AoUpgradesTest {
    private static final AoTablePrefix PREFIX = AoTablePrefix.forNamespace("io.serviceculture.jira");

    private final Settings settings = new Settings();
    private final List<String> ran = new ArrayList<>();
    private EntityManagerActiveObjects ao;

    @Before
    public void createDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        ao = new EntityManagerActiveObjects(AoEntityManagers.forDataSource(dataSource, "io.serviceculture.jira"));
    }

    @Test
    public void runsEveryTaskOldestFirstOnAFreshInstall() {
        // when
        ModelVersion reached = AoUpgrades.upgrade(ao, settings, PREFIX, List.of(task(2), task(1)));

        // then
        assertThat(ran).containsExactly("1 from 0", "2 from 1");
        assertThat(reached).hasToString("2");
        assertThat(settings.get("AO_439D1B_#")).isEqualTo("2");
    }

    @Test
    public void runsOnlyTheTasksNewerThanTheStoredVersion() {
        // given
        settings.put("AO_439D1B_#", "1");

        // when
        AoUpgrades.upgrade(ao, settings, PREFIX, List.of(task(1), task(2), task(3)));

        // then
        assertThat(ran).containsExactly("2 from 1", "3 from 2");
    }

    @Test
    public void keepsTheLastVersionReachedWhenATaskFailsAndRollsItsWritesBack() {
        // given the second task writes a row, then fails
        ActiveObjectsUpgradeTask failing = new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf("2");
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
                activeObjects.create(NoteAO.class, Map.of(NoteAO.COLUMN_TEXT, "half-way"));
                throw new IllegalStateException("disk full");
            }
        };
        ao.migrate(NoteAO.class);

        // when
        assertThatThrownBy(() -> AoUpgrades.upgrade(ao, settings, PREFIX, List.of(task(1), failing, task(3))))
                .hasMessageContaining("disk full");

        // then the next start resumes at version 1, and the failed task left nothing behind
        assertThat(settings.get("AO_439D1B_#")).isEqualTo("1");
        assertThat(ran).containsExactly("1 from 0");
        assertThat(ao.count(NoteAO.class)).isZero();
    }

    @Test
    public void refusesTwoTasksWithOneVersion() {
        assertThatThrownBy(() -> AoUpgrades.upgrade(ao, settings, PREFIX, List.of(task(1), task(1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("model version 1");
    }

    private ActiveObjectsUpgradeTask task(int version) {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf(String.valueOf(version));
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
                ran.add(version + " from " + currentVersion);
            }
        };
    }

    /** Jira's global plugin settings, as a map. */
    private static final class Settings implements PluginSettings {
        private final Map<String, Object> values = new HashMap<>();

        @Override
        public @Nullable Object get(String key) {
            return values.get(key);
        }

        @Override
        public @Nullable Object put(String key, @Nullable Object value) {
            return value == null ? values.remove(key) : values.put(key, value);
        }

        @Override
        public @Nullable Object remove(String key) {
            return values.remove(key);
        }
    }
}
