package fr.logementaccompagne.engine.boundary;

import fr.logementaccompagne.pathway.StartRule;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Puts the {@link StartDoorListener} on every deployed process, whatever its model says. */
class StartDoorParseListener extends AbstractBpmnParseListener {

  private final Supplier<Map<String, StartRule>> rules;

  StartDoorParseListener(Supplier<Map<String, StartRule>> rules) {
    this.rules = rules;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
        new StartDoorListener(processDefinition.getKey(), rules));
  }
}
