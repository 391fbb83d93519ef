package fr.logementaccompagne.engine.boundary;

import fr.logementaccompagne.engine.variables.TypedVariables;
import fr.logementaccompagne.pathway.DuplicateOpenCaseException;
import fr.logementaccompagne.pathway.StartRule;
import fr.logementaccompagne.refusal.InvalidRequestException;
import fr.logementaccompagne.refusal.UnknownReferenceException;
import fr.logementaccompagne.security.ForbiddenException;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Built-in start listener of every process (added at deployment, so a model cannot lose it and
 * {@code skipCustomListeners} cannot skip it): a case opened by a person passes its pathway's {@link StartRule}; a
 * process without one is opened by the system or an administrator only. The system's own starts (the intake API
 * after its checks, a call activity, a timer) pass.
 */
class StartDoorListener implements ExecutionListener {

  private final String processKey;
  private final Supplier<Map<String, StartRule>> rules;

  StartDoorListener(String processKey, Supplier<Map<String, StartRule>> rules) {
    this.processKey = processKey;
    this.rules = rules;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var caller = Caller.of(Context.getCommandContext().getAuthentication());
    if (caller.isEmpty() || execution.getSuperExecution() != null) {
      return;
    }
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null && !businessKey.isBlank()) {
      throw new BadUserRequestException(
          "La référence du dossier (clé métier) est attribuée par le système : ne la fournissez pas");
    }
    StartRule rule = rules.get().get(processKey);
    if (rule == null) {
      if (caller.get().isAdministrator()) {
        return;
      }
      throw new AuthorizationException("Le processus « %s » ne se démarre pas à la main".formatted(processKey));
    }
    try {
      // a person's values become their canonical types once, here; the rule and the steps read them strictly
      TypedVariables.convertSent(execution, execution.getVariableNames());
      rule.check(TypedVariables.source(execution));
    } catch (ForbiddenException e) {
      throw new AuthorizationException(e.getMessage());
    } catch (InvalidRequestException | UnknownReferenceException e) {
      throw new BadUserRequestException(e.getMessage());
    } catch (DuplicateOpenCaseException e) {
      // 409 like the API's, but never the other case's reference: it may belong to another partner
      throw new DuplicateOpenCaseException(null);
    }
  }
}
