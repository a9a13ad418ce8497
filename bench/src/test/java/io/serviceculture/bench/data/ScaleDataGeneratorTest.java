package io.serviceculture.bench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The generator end to end at a small scale on an embedded PostgreSQL: the host creates the schema, COPY fills the
 * app's tables, the app (over REST) adds standards and rebuilds accountability, and a second run refuses the
 * non-empty database.
 */
public class ScaleDataGeneratorTest {
    @ClassRule
    public static final TemporaryFolder TEMP = new TemporaryFolder();

    private static final ScaleSpec SPEC = new ScaleSpec(100, 4, 2, 200, 2_000, ScaleSpec.DEFAULT_SEED);
    private static ScaleDatabase database;
    private static Path folder;
    private static ScaleDataGenerator.Report report;

    @BeforeClass
    public static void generate() throws Exception {
        database = ScaleDatabase.open(Optional.empty(), TEMP.newFolder("pg").toPath());
        folder = TEMP.newFolder("jira").toPath();
        report = ScaleDataGenerator.generate(SPEC, database, folder, false, Duration.ofMinutes(10));
    }

    @AfterClass
    public static void stop() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Test
    public void theAppsTablesHoldEveryGeneratedRow() throws SQLException {
        DataSource db = database.dataSource();
        assertThat(count(db, "KUDOS")).isEqualTo(report.kudos().kudos()).isEqualTo(2_000);
        assertThat(count(db, "KUDOS_RCV")).isEqualTo(report.kudos().receivers());
        assertThat(count(db, "KUDOS_REACT")).isEqualTo(report.kudos().reactions());
        assertThat(count(db, "KUDOS_MOD")).isEqualTo(report.kudos().hidden());
        assertThat(count(db, "TEAM_MEMBER")).isEqualTo(report.directory().memberships());
        assertThat(count(db, "MANAGER")).isEqualTo(99);
        assertThat(count(db, "TEAM_LEAD")).isEqualTo(4);
    }

    @Test
    public void theStandardsAndTheAccountabilityFactsComeFromTheAppItself() throws SQLException {
        DataSource db = database.dataSource();
        assertThat(count(db, "SLA_STD")).isEqualTo(3);
        // the rebuild analysed every issue of the import folder
        assertThat(report.rebuild()).contains("\"done\"").contains("\"total\":200");
        assertThat(count(db, "ACC_ISSUE")).isBetween(1L, 200L);
    }

    @Test
    public void timestampsReadBackAsTheInstantsWritten() throws SQLException {
        try (Connection c = database.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MIN(\"GIVEN_AT\") FROM " + PostgresCopy.table("KUDOS"))) {
            rs.next();
            // the first kudos is given within the hour after the data's start
            assertThat(rs.getTimestamp(1).toInstant()).isBetween(ScaleSpec.FROM, ScaleSpec.FROM.plusSeconds(3600));
        }
    }

    @Test
    public void refusesADatabaseThatAlreadyHoldsData() {
        assertThatThrownBy(() -> ScaleDataGenerator.generate(SPEC, database, folder, false, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("--truncate");
    }

    @Test
    public void readsHowManyIssuesARebuildHasAnalysed() {
        assertThat(ScaleDataGenerator.analysed("{\"state\":\"running\",\"done\":2400,\"total\":100000}"))
                .isEqualTo(2400);
        assertThat(ScaleDataGenerator.analysed("{\"state\":\"idle\"}")).isZero();
    }

    @Test
    public void theAoTablePrefixIsTheOneJiraDerivesFromTheNamespace() {
        assertThat(PostgresCopy.table("KUDOS")).isEqualTo("\"AO_439D1B_KUDOS\"");
    }

    private static long count(DataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + PostgresCopy.table(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
