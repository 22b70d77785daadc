package com.triplink.connections.testsupport;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** Test archives only: the seeding resource under {@code /api/test-support}. */
@ApplicationPath("api/test-support")
public class TestSupportApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(TestSupportResource.class);
    }
}
