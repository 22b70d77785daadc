package com.triplink.connections.testsupport;

import java.sql.SQLException;
import java.util.Map;
import org.h2.tools.Server;

/**
 * A database that several server processes reach at once: the run's PostgreSQL, or else an H2
 * server of the test on a free port with an in-memory database.
 */
public final class SharedDatabase implements AutoCloseable {

    private final Server h2;
    private final Map<String, String> settings;

    private SharedDatabase(Server h2, Map<String, String> settings) {
        this.h2 = h2;
        this.settings = settings;
    }

    /** Opens it (emptied when it is the run's PostgreSQL). */
    public static SharedDatabase open(String name) {
        if (TestDatabase.isPostgres()) {
            TestDatabase.reset();
            return new SharedDatabase(null, Map.of());
        }
        try {
            int port = MicroProcess.freePort();
            Server server = Server.createTcpServer("-tcpPort", String.valueOf(port),
                    "-ifNotExists").start();
            return new SharedDatabase(server, Map.of("TRIPLINK_DATASOURCE_URL",
                    "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:" + name + ";DB_CLOSE_DELAY=-1",
                    "TRIPLINK_DATASOURCE_CLASS_NAME", "org.h2.Driver",
                    "TRIPLINK_DATASOURCE_USER", "sa",
                    "TRIPLINK_DATASOURCE_PASSWORD", ""));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot start an H2 server", e);
        }
    }

    /** The environment variables that point a server process at it. */
    public Map<String, String> environment() {
        return settings;
    }

    @Override
    public void close() {
        if (h2 != null) {
            h2.stop();
        }
    }
}
