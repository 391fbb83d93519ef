package fr.logementaccompagne.engine.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.logementaccompagne.process.access.AccessPathway.Typed;
import fr.logementaccompagne.process.step.StepContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The one adapter between the engine and the engine-free steps (ADR 33): a step called as a service task or as a
 * task listener reads typed variables (JSON lists as lists), writes their stored types (lists as JSON) to its case,
 * and knows its case and the instance that called it.
 */
class StepAdapterTest {

  @Test
  void aServiceTaskStepReadsAndWritesTypedVariablesOfItsCase() {
    DelegateExecution execution = mock(DelegateExecution.class);
    DelegateExecution maintienCase = mock(DelegateExecution.class);
    when(execution.getVariable(Typed.PRIORITY_CATEGORIES.name()))
        .thenReturn(Spin.JSON("[\"DALO\",\"UNFIT_HOUSING\"]"));
    when(execution.getVariable(Typed.HOUSEHOLD_SIZE.name())).thenReturn(3L);
    when(execution.getProcessBusinessKey()).thenReturn("ACC-2026-000001");
    when(execution.getSuperExecution()).thenReturn(maintienCase);
    when(maintienCase.getProcessInstanceId()).thenReturn("calling-instance");
    List<Object> seen = new ArrayList<>();

    new StepAdapter(step -> {
      seen.add(step.get(Typed.PRIORITY_CATEGORIES));
      seen.add(step.get(Typed.HOUSEHOLD_SIZE));
      seen.add(step.businessKey());
      seen.add(step.callingProcessInstanceId().orElseThrow());
      step.set(Typed.PRIORITY_CATEGORIES, List.of("DALO"));
      step.remove(Typed.PROPOSED_DWELLING_REFERENCE);
    }).execute(execution);

    assertThat(seen).containsExactly(List.of("DALO", "UNFIT_HOUSING"), 3, "ACC-2026-000001", "calling-instance");
    ArgumentCaptor<Object> stored = ArgumentCaptor.forClass(Object.class);
    verify(execution).setVariable(eq(Typed.PRIORITY_CATEGORIES.name()), stored.capture());
    assertThat(stored.getValue()).isInstanceOf(SpinJsonNode.class);
    assertThat(((SpinJsonNode) stored.getValue()).toString()).isEqualTo("[\"DALO\"]");
    verify(execution).removeVariable(Typed.PROPOSED_DWELLING_REFERENCE.name());
  }

  @Test
  void aTaskListenerStepReadsTheTaskAndWritesItsCase() {
    DelegateTask task = mock(DelegateTask.class);
    DelegateExecution execution = mock(DelegateExecution.class);
    when(task.getExecution()).thenReturn(execution);
    when(task.getVariable(Typed.PREFECT_NOTIFIED_ON.name())).thenReturn("2027-03-29");
    List<Object> seen = new ArrayList<>();

    new StepAdapter(step -> {
      seen.add(step.get(Typed.PREFECT_NOTIFIED_ON));
      step.set(Typed.QUOTA_WARNING, "");
    }).notify(task);

    assertThat(seen).containsExactly(LocalDate.of(2027, 3, 29));
    verify(execution).setVariable(Typed.QUOTA_WARNING.name(), "");
  }

  @Test
  void aValueOfAnotherTypeThanItsOwnIsTheWritersFaultNotReadAsSomethingElse() {
    DelegateExecution execution = mock(DelegateExecution.class);
    // comma-separated text where the process keeps a JSON array: a step is never handed a guess
    when(execution.getVariable(Typed.PRIORITY_CATEGORIES.name())).thenReturn("DALO,UNFIT_HOUSING");
    StepContext[] context = new StepContext[1];
    StepAdapter adapter = new StepAdapter(step -> context[0] = step);
    adapter.execute(execution);

    assertThatThrownBy(() -> context[0].get(Typed.PRIORITY_CATEGORIES)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("priorityCategories holds String");
  }
}
