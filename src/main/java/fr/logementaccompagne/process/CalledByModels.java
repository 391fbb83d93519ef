package fr.logementaccompagne.process;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a project bean that the models may name in an expression although it is neither a delegate nor a listener
 * ({@code ${caseClosure.close(execution, 'COMPLETED')}}, {@code ${maintienTimers.reportPeriod}}). Models reach no
 * other bean: adding this annotation is a developer's decision, reviewed like any code (ADR 16).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CalledByModels {
}
