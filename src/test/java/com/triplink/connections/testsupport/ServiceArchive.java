package com.triplink.connections.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that Maven built, as shipped, plus the test-only clock and seeding resource, with
 * test settings added to its configuration (the test key, a test supplier, small timings).
 */
public final class ServiceArchive {

    public static final String SUPPLIER = "TEST-SUPPLIER";
    private static final String CONFIG = "/WEB-INF/classes/META-INF/microprofile-config.properties";

    private ServiceArchive() {
    }

    /**
     * The archive with these settings on top of the shipped ones. Called just before its server
     * starts, it also empties the run's database if that is shared (PostgreSQL).
     */
    public static WebArchive create(Map<String, String> settings) {
        TestDatabase.reset();
        File built = new File(System.getProperty("war.file", "target/connection-requests.war"));
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(built).as(WebArchive.class);

        StringBuilder config = new StringBuilder(shippedConfig(war)).append('\n')
                .append("triplink.supplier-id=").append(SUPPLIER).append('\n')
                .append("mp.jwt.verify.issuer=").append(TestTokens.ISSUER).append('\n')
                .append("mp.jwt.verify.publickey=")
                .append(TestTokens.publicKeyPem().replace("\n", "\\n")).append('\n');
        settings.forEach((key, value) -> config.append(key).append('=').append(value).append('\n'));
        war.delete(CONFIG);
        war.add(new StringAsset(config.toString()), CONFIG);

        return war.addClasses(ShiftableClock.class, TestSupportResource.class,
                TestSupportApplication.class);
    }

    private static String shippedConfig(WebArchive war) {
        ArchivePath path = org.jboss.shrinkwrap.api.ArchivePaths.create(CONFIG);
        try (InputStream in = war.get(path).getAsset().openStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
