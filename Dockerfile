# Build: the production bundle is committed, so no Node is needed here.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY frontend frontend
COPY src src
COPY package.json package-lock.json* tsconfig.json* types.d.ts* vite.config.ts* ./
RUN ./mvnw -B -q package -DskipTests -Dvaadin.productionMode=true

# Run: a JRE only, as an unprivileged user.
FROM eclipse-temurin:25-jre
RUN groupadd --system billing && useradd --system --gid billing --home /app billing
WORKDIR /app
COPY --from=build /src/target/billing-center-*.jar app.jar
# The health check's one class, beside the jar: the JRE image has no HTTP client program to call.
COPY --from=build /src/target/classes/org/billingcenter/HealthProbe.class probe/org/billingcenter/HealthProbe.class
COPY tenants tenants
USER billing
ENV SPRING_PROFILES_ACTIVE=mysql
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s \
  CMD ["java", "-Xmx16m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", "/app/probe", "org.billingcenter.HealthProbe"]
ENTRYPOINT ["java", "-XX:InitialRAMPercentage=75", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
