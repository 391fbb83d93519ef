package fr.logementaccompagne.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application in the production profile on the PostgreSQL server of {@code TEST_POSTGRES_URL},
 * plus the demo data. The demo administrator gets a strong password, as the production profile demands.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@OwnJvm
@PostgresAvailable
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${TEST_POSTGRES_URL:}",
    "spring.datasource.username=${TEST_POSTGRES_USER:logement_accompagne}",
    "spring.datasource.password=${TEST_POSTGRES_PASSWORD:}",
    "camunda.bpm.admin-user.password=" + PostgresApplicationTest.ADMIN_PASSWORD,
    "camunda.bpm.job-execution.enabled=false",
    "la.demo.pathways=false",
    "la.eligibility.referral-year-at-most=2026",
    "server.servlet.session.cookie.secure=false"})
@ActiveProfiles({"postgres", "demo"})
public @interface PostgresApplicationTest {

  String ADMIN_PASSWORD = "Test-Only-Str0ng-Passw0rd!";
}
