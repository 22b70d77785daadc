package com.triplink.connections.demo.control;

import com.triplink.connections.connectionrequests.control.ConnectionRequestLifecycle;
import com.triplink.connections.users.control.UserDirectory;
import com.triplink.connections.users.entity.DirectoryUser;
import com.triplink.connections.users.entity.UserProfile;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty user directory with a few demo users and Pending requests, when
 * {@code triplink.demo-data.enabled} is true (the local run sets it; production leaves it off).
 */
@Singleton
@Startup
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    /** Login IDs of the demo users that get a Pending request at once. */
    private static final List<String> WITH_REQUESTS =
            List.of("ada.lovelace@example.com", "alan.turing@example.com",
                    "grace.hopper@example.com");

    @Inject
    @ConfigProperty(name = "triplink.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "triplink.supplier-id")
    String supplierId;

    @Inject
    UserDirectory users;

    @Inject
    Clock clock;

    @Inject
    ConnectionRequestLifecycle lifecycle;

    @PostConstruct
    void loadIfEmpty() {
        if (!enabled || !users.isEmpty()) {
            return;
        }
        add("ada.lovelace@example.com", "Ada", null, "Lovelace", "LN-100001");
        add("alan.turing@example.com", "Alan", "Mathison", "Turing", "LN-100002");
        add("grace.hopper@example.com", "Grace", "Brewster", "Hopper", null);
        add("katherine.johnson@example.com", "Katherine", null, "Johnson", "LN-100004");
        add("edsger.dijkstra@example.com", "Edsger", "Wybe", "Dijkstra", "LN-100005");
        WITH_REQUESTS.forEach(lifecycle::createFor);

        LOG.log(Level.INFO, "Loaded 5 demo users and {0} Pending requests for supplier {1}",
                new Object[] {WITH_REQUESTS.size(), supplierId});
    }

    private void add(String loginId, String first, String middle, String last, String loyalty) {
        UserProfile profile = UserProfile.of(loginId, first, middle, last).withEmail(loginId);
        if (loyalty != null) {
            profile = profile.withLoyaltyNumber(supplierId, loyalty);
        }
        users.add(new DirectoryUser(profile, clock.instant()));
    }
}
