package fr.logementaccompagne.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import fr.logementaccompagne.LogementAccompagneApplication;
import java.nio.file.Path;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/**
 * The package layout of ADR 18: the process APIs depend on nothing, the engine stays behind the {@code engine}
 * fence, capabilities do not form cycles, and delegates, listeners and controllers say what they are.
 */
class ArchitectureTest {

  private static final String PROCESS_API = "fr.logementaccompagne.process..";
  private static final String ENGINE_ADAPTER = "fr.logementaccompagne.engine..";

  /**
   * The main classes only, read from the build's output (scanning the whole classpath takes a minute): the pom
   * names it, target/operaton/classes in the Operaton build (ADR 31).
   */
  private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of(System.getProperty(
      "project.classes", Path.of(System.getProperty("project.root", "."), "target", "classes").toString())));

  @Test
  void theRulesSeeTheMainClasses() {
    assertThat(MAIN.contain(LogementAccompagneApplication.class)).as("main classes of the build").isTrue();
    assertThat(MAIN.contain(ArchitectureTest.class)).isFalse();
  }

  @Test
  void processApisDependOnNothing() {
    classes().that().resideInAPackage(PROCESS_API)
        .should().onlyDependOnClassesThat().resideInAnyPackage(PROCESS_API, "java..")
        .because("every package must be able to import the names of the processes")
        .check(MAIN);
  }

  @Test
  void onlyEngineAdaptersUseTheEngine() {
    noClasses().that().resideOutsideOfPackage(ENGINE_ADAPTER)
        .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "org.operaton..")
        .because("the engine is replaceable (Camunda 7 CE is end-of-life, Operaton continues it)")
        .check(MAIN);
  }

  @Test
  void domainDoesNotCallTheEngineAdapters() {
    noClasses().that().resideOutsideOfPackage(ENGINE_ADAPTER)
        .should().dependOnClassesThat().resideInAPackage(ENGINE_ADAPTER)
        .because("capabilities offer use cases and ports; the engine adapters call them, not the reverse")
        .check(MAIN);
  }

  @Test
  void capabilitiesFormNoCycles() {
    slices().matching("fr.logementaccompagne.(*)..")
        .should().beFreeOfCycles()
        .check(MAIN);
  }

  @Test
  void engineAdaptersFormNoCycles() {
    slices().matching("fr.logementaccompagne.engine.(*)..")
        .should().beFreeOfCycles()
        .check(MAIN);
  }

  @Test
  void delegatesAreNamedDelegate() {
    classes().that().implement(JavaDelegate.class)
        .should().haveSimpleNameEndingWith("Delegate").andShould().resideInAPackage(ENGINE_ADAPTER)
        .check(MAIN);
  }

  @Test
  void listenersAreNamedListener() {
    classes().that().implement(TaskListener.class)
        .or().implement(ExecutionListener.class)
        .should().haveSimpleNameEndingWith("Listener").andShould().resideInAPackage(ENGINE_ADAPTER)
        .check(MAIN);
  }

  @Test
  void controllersAreNamedController() {
    classes().that().areAnnotatedWith(RestController.class)
        .should().haveSimpleNameEndingWith("Controller").andShould().resideOutsideOfPackage(ENGINE_ADAPTER)
        .check(MAIN);
  }
}
