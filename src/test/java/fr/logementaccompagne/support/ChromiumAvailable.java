package fr.logementaccompagne.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated browser test with Debian's headless Chromium ({@value #CHROMIUM}) and its driver
 * ({@value #CHROMEDRIVER}). Without them the test is skipped on a developer machine and fails under
 * {@code CI=true}, where .ci/run always installs the {@code chromium} and {@code chromium-driver} packages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumAvailableCondition.class)
public @interface ChromiumAvailable {

  String CHROMIUM = "/usr/bin/chromium";
  String CHROMEDRIVER = "/usr/bin/chromedriver";
}
