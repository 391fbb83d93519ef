package fr.logementaccompagne.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Labels that read as drawn by Camunda Modeler (bpmn-js), so that no word is split in the middle and no label lies
 * on a task:
 * <ul>
 *   <li>a box (task, call activity, sub-process) is at least as wide as the longest word of its label plus the
 *       5 px bpmn-js leaves on each side;</li>
 *   <li>a label drawn outside its element (events, gateways, flows) holds its longest word, at the 11 px bpmn-js
 *       draws such labels with, in the 90 px it wraps them at;</li>
 *   <li>such an outside label does not overlap a box other than an expanded sub-process;</li>
 *   <li>a box's label, wrapped and centred as bpmn-js draws it, leaves free the task-type icon in the top left
 *       corner (user, service, rule... tasks) and the marker at the bottom centre (call activity, collapsed
 *       sub-process, multi-instance).</li>
 * </ul>
 * Widths are measured with Arial's advance widths (the Modeler's font: 12 px in boxes, 11 px outside); words break
 * at spaces and after a hyphen, as bpmn-js breaks them. A word that does not fit is cut in the middle by bpmn-js.
 */
final class LabelLayout {

  static final double BOX_FONT_SIZE = 12;
  static final double OUTSIDE_FONT_SIZE = 11;
  static final double BOX_PADDING = 5;
  static final double OUTSIDE_LABEL_WIDTH = 90;
  static final Set<String> BOXES = Set.of("task", "userTask", "serviceTask", "scriptTask", "businessRuleTask",
      "sendTask", "receiveTask", "manualTask", "callActivity", "subProcess", "transaction");
  /** Tasks whose type bpmn-js draws as an icon in the box's top left corner. */
  static final Set<String> ICON_TASKS = Set.of("userTask", "serviceTask", "scriptTask", "businessRuleTask",
      "sendTask", "receiveTask", "manualTask");
  /** The icons' extent from the box's corner (bpmn-js draws them within about 4–25 px across, 4–23 px down). */
  static final double ICON_RIGHT = 26;
  static final double ICON_BOTTOM = 24;
  /** Bottom markers (call activity's and collapsed sub-process's "+", multi-instance bars): the lowest 20 px. */
  static final double MARKER_HEIGHT = 20;
  /** bpmn-js's line height (1.2 × 12 px) and Arial's cap height and descent at 12 px. */
  static final double LINE_HEIGHT = 1.2 * BOX_FONT_SIZE;
  static final double CAP_HEIGHT = 0.716 * BOX_FONT_SIZE;
  static final double DESCENT = 0.212 * BOX_FONT_SIZE;
  static final Set<String> OUTSIDE_LABELLED = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
      "intermediateThrowEvent", "boundaryEvent", "exclusiveGateway", "parallelGateway", "inclusiveGateway",
      "eventBasedGateway", "sequenceFlow");

  /** Arial advance widths in thousandths of the font size; other characters count as a digit (556). */
  private static final Map<Character, Integer> ARIAL = new HashMap<>();

  static {
    widths("ijl", 222);
    widths("'", 191);
    widths("ftI.,:;!/ ", 278);
    widths("r-()[]", 333);
    widths("ckszvxy\"*", 500);
    widths("abdeghnopqu0123456789?$#€«»_", 556);
    widths("FTZ", 611);
    widths("ABEKPSVXY&", 667);
    widths("CDHNRUw", 722);
    widths("GOQ", 778);
    widths("mM", 833);
    widths("W", 944);
    widths("%", 889);
    widths("J", 500);
    widths("L", 556);
    widths("œ", 944);
    widths("æ", 889);
  }

  private final List<String> findings = new ArrayList<>();

  private LabelLayout() {
  }

  /** Findings of one BPMN document, each starting with the file name like the other model rules. */
  static List<String> check(String file, Document document) {
    LabelLayout layout = new LabelLayout();
    layout.checkDocument(file, document);
    return layout.findings;
  }

  /** Width in px of a text on one line at this font size. */
  static double width(String text, double fontSize) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    double thousandths = 0;
    for (char c : plain.toCharArray()) {
      thousandths += ARIAL.getOrDefault(c, 556);
    }
    return thousandths * fontSize / 1000;
  }

  /** The widest unbreakable piece of a label. */
  static String longestWord(String label) {
    String longest = "";
    for (String word : label.trim().split("\\s+|(?<=-)")) {
      if (width(word, BOX_FONT_SIZE) > width(longest, BOX_FONT_SIZE)) {
        longest = word;
      }
    }
    return longest;
  }

  private void checkDocument(String file, Document document) {
    Map<String, Element> shapes = new HashMap<>();
    for (Element shape : ModelRules.elements(document, ModelRules.BPMNDI, "BPMNShape")) {
      shapes.put(shape.getAttribute("bpmnElement"), shape);
    }
    List<double[]> boxes = new ArrayList<>();
    for (String type : BOXES) {
      for (Element element : ModelRules.elements(document, ModelRules.BPMN, type)) {
        Element shape = shapes.get(element.getAttribute("id"));
        double[] bounds = bounds(shape);
        if (bounds == null) {
          continue;
        }
        if (!"false".equals(shape.getAttribute("isExpanded")) && shape.hasAttribute("isExpanded")) {
          continue; // an expanded sub-process holds the elements and labels it frames
        }
        boxes.add(bounds);
        String word = longestWord(element.getAttribute("name"));
        double needed = width(word, BOX_FONT_SIZE) + 2 * BOX_PADDING;
        if (needed > bounds[2]) {
          findings.add("%s: %s '%s' is %d px wide; its word '%s' needs %d px (12 px Arial plus 5 px each side)"
              .formatted(file, type, element.getAttribute("id"), Math.round(bounds[2]), word,
                  (long) Math.ceil(needed)));
        }
        checkMarkers(file, type, element, bounds);
      }
    }
    for (String type : OUTSIDE_LABELLED) {
      for (Element element : ModelRules.elements(document, ModelRules.BPMN, type)) {
        String id = element.getAttribute("id");
        String word = longestWord(element.getAttribute("name"));
        double needed = width(word, OUTSIDE_FONT_SIZE);
        if (needed > OUTSIDE_LABEL_WIDTH) {
          findings.add(("%s: %s '%s' has the word '%s', %d px wide at 11 px Arial: more than the %d px its label"
              + " is wrapped at; reword it").formatted(file, type, id, word, (long) Math.ceil(needed),
                  (long) OUTSIDE_LABEL_WIDTH));
        }
        double[] label = labelBounds(document, id);
        if (label != null && !element.getAttribute("name").isBlank()
            && boxes.stream().anyMatch(box -> overlap(box, label))) {
          findings.add("%s: %s '%s' has its label on a task or sub-process; move the label"
              .formatted(file, type, id));
        }
      }
    }
  }

  /**
   * The label's lines as bpmn-js lays them out in a box: wrapped at its width less the padding, centred on both
   * axes, the first baseline a quarter line above the middle's share.
   */
  private void checkMarkers(String file, String type, Element element, double[] box) {
    List<String> lines = wrap(element.getAttribute("name"), box[2] - 2 * BOX_PADDING);
    if (lines.isEmpty()) {
      return;
    }
    double firstBaseline = (box[3] - lines.size() * LINE_HEIGHT) / 2 + 0.75 * LINE_HEIGHT;
    double firstLeft = (box[2] - width(lines.get(0), BOX_FONT_SIZE)) / 2;
    if (ICON_TASKS.contains(type) && firstBaseline - CAP_HEIGHT < ICON_BOTTOM && firstLeft < ICON_RIGHT) {
      findings.add(("%s: %s '%s' has its label on the task's icon (%d lines in a %d px high box); make the box"
          + " taller or wider, or shorten the label").formatted(file, type, element.getAttribute("id"),
              lines.size(), Math.round(box[3])));
    }
    double lastBottom = firstBaseline + (lines.size() - 1) * LINE_HEIGHT + DESCENT;
    // a centred line always crosses the centred marker, however short it is
    if (hasBottomMarker(type, element) && lastBottom > box[3] - MARKER_HEIGHT) {
      findings.add(("%s: %s '%s' has its label on the marker at the bottom of the box (%d lines in a %d px high"
          + " box); make the box taller or shorten the label").formatted(file, type, element.getAttribute("id"),
              lines.size(), Math.round(box[3])));
    }
  }

  private static boolean hasBottomMarker(String type, Element element) {
    return "callActivity".equals(type) || "subProcess".equals(type) || "transaction".equals(type)
        || element.getElementsByTagNameNS(ModelRules.BPMN, "multiInstanceLoopCharacteristics").getLength() > 0
        || element.getElementsByTagNameNS(ModelRules.BPMN, "standardLoopCharacteristics").getLength() > 0;
  }

  /** Greedy wrap at spaces and after hyphens, as bpmn-js shortens a line that does not fit. */
  static List<String> wrap(String label, double maxWidth) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : label.trim().split("(?<=\\s)|(?<=-)")) {
      String candidate = line + word;
      if (!line.isEmpty() && width(candidate.trim(), BOX_FONT_SIZE) > maxWidth) {
        lines.add(line.trim());
        line = word;
      } else {
        line = candidate;
      }
    }
    if (!line.isBlank()) {
      lines.add(line.trim());
    }
    return lines;
  }

  private static double[] labelBounds(Document document, String id) {
    for (String kind : List.of("BPMNShape", "BPMNEdge")) {
      for (Element di : ModelRules.elements(document, ModelRules.BPMNDI, kind)) {
        if (id.equals(di.getAttribute("bpmnElement"))) {
          NodeList labels = di.getElementsByTagNameNS(ModelRules.BPMNDI, "BPMNLabel");
          return labels.getLength() == 0 ? null : bounds((Element) labels.item(0));
        }
      }
    }
    return null;
  }

  /** x, y, width, height of the first dc:Bounds under the element, or null. */
  private static double[] bounds(Element di) {
    if (di == null) {
      return null;
    }
    NodeList all = di.getElementsByTagNameNS("http://www.omg.org/spec/DD/20100524/DC", "Bounds");
    if (all.getLength() == 0) {
      return null;
    }
    Element b = (Element) all.item(0);
    return new double[] {Double.parseDouble(b.getAttribute("x")), Double.parseDouble(b.getAttribute("y")),
        Double.parseDouble(b.getAttribute("width")), Double.parseDouble(b.getAttribute("height"))};
  }

  private static boolean overlap(double[] a, double[] b) {
    return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
  }

  private static void widths(String characters, int thousandths) {
    for (char c : characters.toCharArray()) {
      ARIAL.put(c, thousandths);
    }
  }
}
