package io.serviceculture.aobridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.Test;

public class SteadyIsolationDataSourceTest {
    /** What reached the pool's connections: "set 2", "close", …; every connection starts at READ COMMITTED. */
    private final List<String> calls = new ArrayList<>();

    private final DataSource pool = (DataSource) Proxy.newProxyInstance(
            DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                if (method.getName().equals("getConnection")) {
                    return connection();
                }
                throw new UnsupportedOperationException(method.getName());
            });

    private Connection connection() {
        int[] level = {Connection.TRANSACTION_READ_COMMITTED};
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getTransactionIsolation":
                            return level[0];
                        case "setTransactionIsolation":
                            level[0] = (Integer) args[0];
                            calls.add("set " + args[0]);
                            return null;
                        case "close":
                            calls.add("close");
                            return null;
                        case "getAutoCommit":
                            return true;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    @Test
    public void skipsSettingTheLevelAConnectionAlreadyHas() throws Exception {
        // given
        DataSource steady = SteadyIsolationDataSource.over(pool);
        calls.clear();

        // when a transaction asks for the default level
        try (Connection connection = steady.getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            assertThat(connection.getAutoCommit()).isTrue();
        }

        // then nothing but the close reaches the database
        assertThat(calls).containsExactly("close");
    }

    @Test
    public void setsAnotherLevelAndRestoresTheDefaultBeforeTheConnectionGoesBack() throws Exception {
        // given
        DataSource steady = SteadyIsolationDataSource.over(pool);
        calls.clear();

        // when
        try (Connection connection = steady.getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
        }

        // then
        assertThat(calls)
                .containsExactly(
                        "set " + Connection.TRANSACTION_SERIALIZABLE,
                        "set " + Connection.TRANSACTION_READ_COMMITTED,
                        "close");
    }
}
