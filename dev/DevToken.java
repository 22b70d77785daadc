import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Local runs only: makes the signing key of the local run (data/dev-keys, never committed) and
 * prints a bearer token signed with it. Usage: java dev/DevToken.java ROLE [more roles], ROLE
 * being partner, WebServicesAdmin or UserProvisioner; java dev/DevToken.java --init only makes
 * the key. Needs nothing but the JDK.
 */
public class DevToken {

    static final Path KEYS = Path.of("data", "dev-keys");
    static final Path PRIVATE = KEYS.resolve("private-key.der");
    static final Path PUBLIC = KEYS.resolve("public-key.pem");
    static final String ISSUER = "https://triplink.local/dev";

    public static void main(String[] args) throws Exception {
        if (!Files.exists(PRIVATE)) {
            makeKeys();
        }
        if (args.length == 0 || "--init".equals(args[0])) {
            System.err.println("Local-run key: " + PUBLIC.toAbsolutePath());
            return;
        }
        System.out.println(token(args));
    }

    static void makeKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(KEYS);
        Files.write(PRIVATE, pair.getPrivate().getEncoded());
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Files.writeString(PUBLIC, pem);
    }

    static String token(String[] roles) throws Exception {
        long now = Instant.now().getEpochSecond();
        String groups = Stream.of(roles).map(role -> "\"" + role + "\"")
                .collect(Collectors.joining(","));
        String subject = "dev-" + roles[0].toLowerCase();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\""
                + subject + "\",\"groups\":[" + groups + "],\"iat\":" + now + ",\"exp\":"
                + (now + 3600) + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = base64(header) + "." + base64(claims);
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(PRIVATE)));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(signature.sign());
    }

    static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
