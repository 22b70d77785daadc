package com.triplink.connections.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database the service under test runs on, as the test run configures it
 * ({@code TRIPLINK_DATASOURCE_*}). An in-memory H2 database is new with every server; a
 * PostgreSQL database is shared, so each server starts on an empty schema that this class makes.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** Whether the run is on PostgreSQL. */
    public static boolean isPostgres() {
        return url().startsWith("jdbc:postgresql:");
    }

    /**
     * Empties the run's PostgreSQL database (drops and recreates its public schema) before a
     * server starts on it; nothing to do on H2. Fails when PostgreSQL is expected but cannot be
     * reached, so a run never passes without it.
     */
    public static void reset() {
        if (!isPostgres()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url(),
                env("TRIPLINK_DATASOURCE_USER", "sa"), env("TRIPLINK_DATASOURCE_PASSWORD", ""));
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL database of this run (" + url()
                    + ") cannot be reset", e);
        }
    }

    private static String url() {
        return env("TRIPLINK_DATASOURCE_URL", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
