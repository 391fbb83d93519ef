package fr.logementaccompagne.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Runs the annotated test class in a JVM of its own (surefire execution {@code own-jvm-tests}, ADR 19).
 *
 * <p>Every other test class runs in one shared JVM, where all {@link H2ApplicationTest} classes reuse one cached
 * application. A class needs its own JVM when it starts an application with another configuration (other
 * profiles or properties, {@code @TestConfiguration}, mocked beans, PostgreSQL, LDAP, its own
 * {@code SpringApplication}) or drives a browser: Camunda registers its engine under the name "default" in a
 * static registry, so a second application in the shared JVM would fail to start.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Tag(OwnJvm.TAG)
public @interface OwnJvm {

  String TAG = "own-jvm";
}
