package com.triplink.connections.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The datasource the persistence unit uses, for the code that needs the database directly
 * (start-up report, readiness): the application's own ({@link ServiceStartup#DATASOURCE}), or
 * the server's JDBC resource that {@code triplink.datasource.jndi-name} names.
 */
@ApplicationScoped
public class ServiceDataSource {

    @Inject
    @ConfigProperty(name = "triplink.datasource.jndi-name",
            defaultValue = ServiceStartup.DATASOURCE)
    String jndiName;

    @Produces
    @ApplicationScoped
    DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup(jndiName);
        } catch (NamingException e) {
            throw new IllegalStateException("No datasource at " + jndiName, e);
        }
    }
}
