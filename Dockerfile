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
# The jar is extracted as Spring Boot lays it out for class data sharing: the AOT cache below needs it.
COPY --from=build /src/target/billing-center-*.jar /tmp/app.jar
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app/application && rm /tmp/app.jar
# The health check's one class, beside the jar: the JRE image has no HTTP client program to call.
COPY --from=build /src/target/classes/org/billingcenter/HealthProbe.class probe/org/billingcenter/HealthProbe.class
COPY tenants tenants
# One training run on a throw-away embedded database records what start-up loads and links
# (JDK 25 AOT cache), so every later start skips that work; it stops once the context is refreshed.
RUN cd /tmp && java -XX:+UseSerialGC -Xss512k -XX:AOTCacheOutput=/app/application/app.aot \
      -Dspring.context.exit=onRefresh -jar /app/application/app.jar --billing.tenants.directory=/app/tenants \
    && rm -rf /tmp/data
USER billing
ENV SPRING_PROFILES_ACTIVE=mysql
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s \
  CMD ["java", "-Xmx16m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", "/app/probe", "org.billingcenter.HealthProbe"]
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xss512k", "-XX:MaxRAMPercentage=75", \
  "-XX:AOTCache=/app/application/app.aot", "-jar", "/app/application/app.jar"]
