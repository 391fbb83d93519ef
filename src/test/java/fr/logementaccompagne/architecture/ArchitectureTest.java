package fr.logementaccompagne.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import fr.logementaccompagne.LogementAccompagneApplication;
import fr.logementaccompagne.engine.step.StepAdapter;
import fr.logementaccompagne.process.step.ProcessStep;
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

  /**
   * SQL lives in repositories: a use case, a controller or an engine adapter asks a {@code *Repository}. Allowed
   * besides: the rows-to-records helper ({@code jdbc}) and the reference import's table writers
   * ({@code referenceimport.*Table}, ADR 24), whose every class is one table's bulk upsert. Spring JDBC's
   * exception types (read by {@code resilience.DatabaseFaults}) are not SQL.
   */
  @Test
  void onlyRepositoriesRunSql() {
    noClasses().that().haveSimpleNameNotEndingWith("Repository")
        .and().resideOutsideOfPackages("fr.logementaccompagne.jdbc..", "fr.logementaccompagne.referenceimport..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc.core..")
        .because("SQL only in repositories (issue 17): a newcomer finds every query of a table in one place")
        .check(MAIN);
  }

  /** The diagrams' service tasks and listeners are engine-free steps; the engine runs them through one adapter. */
  @Test
  void stepsAreNamedStepAndKnowNothingOfTheEngine() {
    classes().that().implement(ProcessStep.class)
        .should().haveSimpleNameEndingWith("Step").andShould().resideOutsideOfPackage(ENGINE_ADAPTER)
        .because("a step is a capability's code; engine.step.StepAdapter runs it for the engine (ADR 33)")
        .check(MAIN);
  }

  /**
   * None is left (every service task is a step; {@link StepAdapter} is delegate and listener at once, to run a step
   * wherever a diagram calls it): one written later against the engine says so by its name and package.
   */
  @Test
  void delegatesAreNamedDelegate() {
    classes().that().implement(JavaDelegate.class).and().doNotBelongToAnyOf(StepAdapter.class)
        .should().haveSimpleNameEndingWith("Delegate").andShould().resideInAPackage(ENGINE_ADAPTER)
        .allowEmptyShould(true)
        .check(MAIN);
  }

  @Test
  void listenersAreNamedListener() {
    classes().that().implement(TaskListener.class).and().doNotBelongToAnyOf(StepAdapter.class)
        .or().implement(ExecutionListener.class).and().doNotBelongToAnyOf(StepAdapter.class)
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
