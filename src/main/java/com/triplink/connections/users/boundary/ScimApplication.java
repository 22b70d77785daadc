package com.triplink.connections.users.boundary;

import com.triplink.connections.errors.boundary.ScimExceptionMapper;
import com.triplink.connections.errors.boundary.ScimValidationMapper;
import com.triplink.connections.platform.boundary.RestApplication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;

/**
 * The SCIM 2.0 service provider under {@code /scim/v2}, through which the company's identity
 * provider keeps the user directory. Secured like the API (the MicroProfile JWT mechanism of
 * the WAR); its errors are SCIM's.
 */
@ApplicationPath("scim/v2")
@ApplicationScoped
public class ScimApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(RestApplication.SHARED_FILTERS);
        classes.addAll(Set.of(ScimUsersResource.class, ScimDiscoveryResource.class,
                ScimBulkResource.class, ScimExceptionMapper.class, ScimValidationMapper.class));
        return classes;
    }
}
