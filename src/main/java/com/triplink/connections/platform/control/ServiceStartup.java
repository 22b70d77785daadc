package com.triplink.connections.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Declares the database of the service, refuses to start without a supplier, a token issuer
 * and a key, warns when it trusts the local-run key, and reports which supplier it serves and
 * on which database. The datasource settings are read when the application is deployed, from
 * system properties and environment variables (for example {@code TRIPLINK_DATASOURCE_URL}).
 */
@DataSourceDefinition(
        name = ServiceStartup.DATASOURCE,
        className = "${MPCONFIG=triplink.datasource.class-name:org.h2.Driver}",
        url = "${MPCONFIG=triplink.datasource.url:jdbc:h2:file:./data/connections}",
        user = "${MPCONFIG=triplink.datasource.user:sa}",
        password = "${MPCONFIG=triplink.datasource.password:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            // A connection broken by a database outage is found and replaced before use, so
            // the service recovers by itself when the database is back.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname="
                    + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=5000"
        })
@Singleton
@Startup
public class ServiceStartup {

    /** The JNDI name of the datasource that the persistence unit uses. */
    public static final String DATASOURCE = "java:app/jdbc/connections";

    /** The issuer of the tokens that dev/DevToken.java signs with the local-run key. */
    static final String LOCAL_RUN_ISSUER = "https://triplink.local/dev";

    /** The directory in which dev/DevToken.java keeps the local-run key. */
    static final String LOCAL_RUN_KEYS = "dev-keys";

    private static final Logger LOG = Logger.getLogger(ServiceStartup.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "triplink.supplier-id")
    String supplierId;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> tokenIssuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKeyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> publicKey;

    @PostConstruct
    void reportReady() {
        if (supplierId.isBlank()) {
            throw new IllegalStateException("triplink.supplier-id must not be blank");
        }
        if (tokenIssuer.filter(issuer -> !issuer.isBlank()).isEmpty()) {
            throw new IllegalStateException("mp.jwt.verify.issuer must be set to the issuer of"
                    + " the tokens this deployment trusts (MP_JWT_VERIFY_ISSUER)");
        }
        if (publicKeyLocation.isEmpty() && publicKey.isEmpty()) {
            throw new IllegalStateException("mp.jwt.verify.publickey.location (or"
                    + " mp.jwt.verify.publickey) must name the key that signs trusted tokens");
        }
        if (trustsLocalRunKey()) {
            LOG.log(Level.WARNING, "Tokens of the local-run key are trusted (issuer {0}, key {1})."
                    + " This configuration is for a local run only: in production set"
                    + " mp.jwt.verify.issuer and mp.jwt.verify.publickey.location to your"
                    + " identity provider''s.", new Object[] {tokenIssuer.orElse("none"),
                        publicKeyLocation.orElse("inline")});
        }
        LOG.log(Level.INFO, "Connection Requests service ready for supplier {0} on {1}",
                new Object[] {supplierId, databaseKind()});
    }

    private boolean trustsLocalRunKey() {
        return tokenIssuer.filter(LOCAL_RUN_ISSUER::equals).isPresent()
                || publicKeyLocation.filter(location -> location.contains(LOCAL_RUN_KEYS))
                        .isPresent();
    }

    private String databaseKind() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The database cannot be reached at start", e);
            return "an unreachable database";
        }
    }
}
