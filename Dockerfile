# syntax=docker/dockerfile:1
# Desa Sadar as a container: built from source, run from Spring Boot's layered jar as a non-root user.
#   docker build -t desa-sadar .
#   docker compose up            (PostgreSQL 17 and the application together: docker-compose.yml)
# PackagedLayoutIT runs the extract command and the ENTRYPOINT of this file on the packaged jar, against the
# database docker-compose.yml describes: keep the two lines it reads (RUN java -Djarmode=tools..., ENTRYPOINT).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
# The build runs on Linux, so the pom's platform profile packs Linux's PostgreSQL binaries only (of the image's
# architecture: amd64 or arm64); the application uses them only when no SPRING_DATASOURCE_URL is set.
RUN ./mvnw -B -q package -DskipTests && cp target/desa-sadar-*.jar application.jar

# Layers from the least to the most often changed, so that a new release rebuilds only the last ones.
FROM eclipse-temurin:17-jre AS layers
WORKDIR /layers
COPY --from=build /build/application.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 desasadar && useradd --system --uid 10001 --gid desasadar desasadar
WORKDIR /application
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
USER 10001:10001
EXPOSE 8080
# Liveness without curl (the JRE image may not have it): bash's /dev/tcp asks the health group.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health/liveness HTTP/1.0\r\n\r\n" >&3 && grep -q "\"UP\"" <&3'
# SIGTERM (docker stop) lets requests in flight finish: server.shutdown=graceful.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "org.springframework.boot.loader.launch.JarLauncher"]
