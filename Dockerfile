# Builds and runs the application in the production (postgres) profile. Used by docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 1001 logement
WORKDIR /app
COPY --from=build /build/target/logement-accompagne-*.jar app.jar
USER logement
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=postgres
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
