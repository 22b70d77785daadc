package com.triplink.connections.platform.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Brings the database schema up to date with the versioned migrations in
 * {@code db/migration} (Flyway) while the persistence unit starts: after Hibernate has its
 * connections and before it validates the schema against the entities. The same migrations
 * serve H2 and PostgreSQL. Registered in {@code META-INF/services}.
 */
public class SchemaMigrations implements Integrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry()
                .requireService(ConnectionProvider.class).unwrap(DataSource.class);
        MigrateResult result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // tables that a build from before the migrations made (Hibernate's own DDL)
                // count as version 1; migration 2 aligns their column types
                .baselineOnMigrate(true)
                .baselineVersion("1")
                .placeholders(Map.of("uuid_text", uuidText(dataSource)))
                .load()
                .migrate();
        LOG.log(Level.INFO, "Database schema at version {0} ({1} migrations applied now)",
                new Object[] {result.targetSchemaVersion != null ? result.targetSchemaVersion
                        : result.initialSchemaVersion, result.migrationsExecuted});
    }

    /** A SQL expression for a random UUID as text, on the database behind the datasource. */
    static String uuidText(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.toLowerCase(Locale.ROOT).contains("postgres")
                    ? "cast(gen_random_uuid() as varchar(36))"
                    : "cast(random_uuid() as varchar(36))";
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached to migrate it", e);
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
            org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
