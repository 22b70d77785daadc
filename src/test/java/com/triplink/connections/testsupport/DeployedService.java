package com.triplink.connections.testsupport;

import java.net.URISyntaxException;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every black-box test class of the deployed service shares: the server's address, a
 * client and the fixtures. Each subclass declares its own {@code @Deployment}, so each class
 * gets a Payara Micro of its own with its own settings.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedService {

    protected static final String ADMIN = TestTokens.forRoles(TestTokens.ADMIN);
    protected static final String PARTNER = TestTokens.forRoles(TestTokens.PARTNER);

    @ArquillianResource
    protected URL base;

    protected Api api;
    protected Fixtures fixtures;

    @BeforeEach
    void connect() throws URISyntaxException {
        api = new Api(base.toURI().resolve("/"));
        fixtures = new Fixtures(api);
    }
}
