# The Connection Requests service on the official Payara Micro image of the version the build
# uses (pom.xml: payara.version). Build the WAR first, then the image:
#   mvn -B package -DskipTests && docker build -t triplink/connection-requests .
# All configuration comes from environment variables (README, Configuration), for example:
#   docker run -p 8080:8080 -e TRIPLINK_SUPPLIER_ID=ACME-AIR \
#     -e TRIPLINK_DATASOURCE_URL=jdbc:postgresql://db:5432/connections \
#     -e TRIPLINK_DATASOURCE_CLASS_NAME=org.postgresql.ds.PGSimpleDataSource \
#     -e TRIPLINK_DATASOURCE_USER=connections -e TRIPLINK_DATASOURCE_PASSWORD=... \
#     -e MP_JWT_VERIFY_ISSUER=https://idp.example.com \
#     -e MP_JWT_VERIFY_PUBLICKEY_LOCATION=https://idp.example.com/keys \
#     -e TRIPLINK_PAGING_CURSOR_SECRET=... triplink/connection-requests
FROM payara/micro:6.2025.10-jdk17

# The image runs as its own unprivileged user "payara"; nothing here needs root.
USER payara
WORKDIR /opt/payara

COPY --chown=payara:payara server-config/ /opt/payara/server-config/
COPY --chown=payara:payara target/connection-requests.war /opt/payara/app/connection-requests.war

EXPOSE 8080

# Ready means the database answers (/health/ready); the image has bash but no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 \
        && printf "GET /health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 \
        && head -n 1 <&3 | grep -q " 200 "'

# jakarta.json.provider: without it every JSON-P call of Payara (JWT parsing, health) searches
# the class path for a provider, which costs two thirds of the server's throughput.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", \
    "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl", \
    "-jar", "/opt/payara/payara-micro.jar", \
    "--deploy", "/opt/payara/app/connection-requests.war", "--contextroot", "/", \
    "--nohazelcast", "--prebootcommandfile", "/opt/payara/server-config/pre-boot-commands.asadmin"]
