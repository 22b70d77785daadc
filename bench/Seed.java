import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Benchmarks only: brings an empty database to the current schema (the service's own Flyway
 * migrations) and loads N users with one Pending request each for a supplier, in JDBC batches,
 * then moves the sequences past them, and compacts an H2 file. Writes the request IDs, one per
 * line, to a file.
 * Usage: java -cp CLASSPATH bench/Seed.java URL USER PASSWORD SUPPLIER N IDS_FILE
 */
public class Seed {

    private static final int BATCH = 5_000;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        String supplier = args[3];
        int count = Integer.parseInt(args[4]);
        Path ids = Path.of(args[5]);
        long start = System.nanoTime();

        Flyway.configure().dataSource(url, user, password)
                .locations("filesystem:src/main/resources/db/migration")
                .placeholders(Map.of("uuid_text", url.startsWith("jdbc:postgresql")
                        ? "cast(gen_random_uuid() as varchar(36))"
                        : "cast(random_uuid() as varchar(36))"))
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                BufferedWriter out = Files.newBufferedWriter(ids)) {
            connection.setAutoCommit(false);
            insert(connection, supplier, count, out);
            try (Statement statement = connection.createStatement()) {
                statement.execute("alter sequence directory_user_seq restart with "
                        + (count + 1_000));
                statement.execute("alter sequence connection_request_seq restart with "
                        + (count + 1_000));
            }
            connection.commit();
            if (url.startsWith("jdbc:h2:")) {
                // H2 writes each batch to new chunks of its file and leaves the old ones to its
                // background compaction: without this the service would start on a file of
                // 8.6 GB for 1 million requests and spend minutes of the benchmark rewriting
                // it. Compacted, the file holds the 330 MB of live data.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("shutdown compact");
                }
            }
        }
        System.out.printf("Seeded %d users and %d Pending requests in %.1f s%n", count, count,
                (System.nanoTime() - start) / 1e9);
    }

    private static void insert(Connection connection, String supplier, int count,
            BufferedWriter ids) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement users = connection.prepareStatement("insert into directory_user"
                + " (id, public_id, login_id, login_key, first_name, last_name, active,"
                + " created_at, last_modified, version)"
                + " values (?, ?, ?, ?, ?, ?, true, ?, ?, 0)");
                PreparedStatement loyalty = connection.prepareStatement("insert into"
                        + " directory_user_loyalty (user_id, supplier_id, loyalty_number)"
                        + " values (?, ?, ?)");
                PreparedStatement requests = connection.prepareStatement("insert into"
                        + " connection_request (id, public_id, supplier_id, user_id, first_name,"
                        + " last_name, loyalty_number, status, unanswered_deliveries,"
                        + " partner_retries, user_action_rounds, created_at, last_modified,"
                        + " version) values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, 0, 0, ?, ?, 0)")) {
            for (int i = 1; i <= count; i++) {
                String login = "bench-" + i + "@example.com";
                String publicId = UUID.randomUUID().toString();
                users.setLong(1, i);
                users.setString(2, UUID.randomUUID().toString());
                users.setString(3, login);
                users.setString(4, login);
                users.setString(5, "First" + i);
                users.setString(6, "Last" + i);
                users.setTimestamp(7, now);
                users.setTimestamp(8, now);
                users.addBatch();
                loyalty.setLong(1, i);
                loyalty.setString(2, supplier);
                loyalty.setString(3, "LN-" + i);
                loyalty.addBatch();
                requests.setLong(1, i);
                requests.setString(2, publicId);
                requests.setString(3, supplier);
                requests.setLong(4, i);
                requests.setString(5, "First" + i);
                requests.setString(6, "Last" + i);
                requests.setString(7, "LN-" + i);
                requests.setTimestamp(8, now);
                requests.setTimestamp(9, now);
                requests.addBatch();
                ids.write(publicId);
                ids.newLine();
                if (i % BATCH == 0 || i == count) {
                    users.executeBatch();
                    loyalty.executeBatch();
                    requests.executeBatch();
                    connection.commit();
                }
            }
        }
    }
}
