package fr.logementaccompagne.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The label-layout rule of the model rules (ModelRules calls it on every diagram), proved on a bad fixture. */
class LabelLayoutTest {

  @Test
  void eachLayoutFaultIsReported() throws Exception {
    Path fixture = Path.of(getClass().getResource("/model-rules/bad-labels/labels.bpmn").toURI());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(fixture.toFile());

    assertThat(LabelLayout.check("labels.bpmn", document)).containsExactlyInAnyOrder(
        "labels.bpmn: task 'Task_Narrow' is 100 px wide; its word 'accompagnements' needs 112 px"
            + " (12 px Arial plus 5 px each side)",
        "labels.bpmn: endEvent 'End_LongWord' has the word 'd'accompagnement', 96 px wide at 11 px Arial:"
            + " more than the 90 px its label is wrapped at; reword it",
        "labels.bpmn: sequenceFlow 'Flow_ToWide' has its label on a task or sub-process; move the label",
        "labels.bpmn: endEvent 'End_LabelOnTask' has its label on a task or sub-process; move the label",
        "labels.bpmn: userTask 'Task_IconCovered' has its label on the task's icon (3 lines in a 80 px high box);"
            + " make the box taller or wider, or shorten the label",
        "labels.bpmn: callActivity 'Call_MarkerCovered' has its label on the marker at the bottom of the box"
            + " (3 lines in a 80 px high box); make the box taller or shorten the label");
  }

  @Test
  void aWordFitsUpToItsBoxOrWrapWidth() {
    // "accompagnements" is about 101.4 px at 12 px: a 112 px box holds it, a 111 px box cuts it
    assertThat(LabelLayout.width("accompagnements", 12) + 2 * LabelLayout.BOX_PADDING).isBetween(111.0, 112.0);
    // outside labels: "Accompagnement" (11 px) fits in 90 px, "d'accompagnement" does not
    assertThat(LabelLayout.width("Accompagnement", 11)).isLessThanOrEqualTo(LabelLayout.OUTSIDE_LABEL_WIDTH);
    assertThat(LabelLayout.width("d'accompagnement", 11)).isGreaterThan(LabelLayout.OUTSIDE_LABEL_WIDTH);
    assertThat(LabelLayout.longestWord("Vérifier l'éligibilité du ménage")).isEqualTo("l'éligibilité");
    assertThat(LabelLayout.longestWord("Roubaix-Tourcoing")).isEqualTo("Tourcoing");
  }

  @Test
  void labelsWrapAtSpacesAndHyphensLikeTheModeler() {
    // 90 px of text in a 100 px box: three lines, the first reaching the icon's corner in an 80 px box
    assertThat(LabelLayout.wrap("Traiter l'absence de réponse (escalade)", 90))
        .containsExactly("Traiter l'absence", "de réponse", "(escalade)");
    assertThat(LabelLayout.wrap("Traiter l'absence de réponse (escalade)", 130))
        .containsExactly("Traiter l'absence de", "réponse (escalade)");
    assertThat(LabelLayout.wrap("Roubaix-Tourcoing", 60)).containsExactly("Roubaix-", "Tourcoing");
  }
}
