package fr.logementaccompagne.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test on the PostgreSQL server named by {@code TEST_POSTGRES_URL}. Without it the test is
 * skipped on a developer machine and fails under {@code CI=true}, where .ci/run always provides one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailableCondition.class)
public @interface PostgresAvailable {
}
