package fr.logementaccompagne.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SVG and PNG renderings in docs/diagrams/ are those of the current BPMN files: each records the SHA-256 of the
 * BPMN it was drawn from (scripts/render-diagrams.py), compared here with the file's own, never with file times
 * (a clone does not keep them).
 */
class DiagramRenderingsTest {

  private static final Path ROOT = Path.of(System.getProperty("project.root", "."));

  @Test
  void everyDiagramHasRenderingsOfItsCurrentVersion() throws IOException {
    assertThat(staleRenderings(ROOT.resolve("processes"), ROOT.resolve("docs/diagrams")))
        .as("renderings to redo with /usr/bin/python3 scripts/render-diagrams.py").isEmpty();
  }

  @Test
  void aChangedOrNewDiagramIsReported(@TempDir Path folder) throws IOException {
    Path processes = Files.createDirectories(folder.resolve("processes"));
    Path diagrams = Files.createDirectories(folder.resolve("docs/diagrams"));
    Path bpmn = ROOT.resolve("processes/maintien-purchase-order.bpmn");
    Files.copy(bpmn, processes.resolve("maintien-purchase-order.bpmn"));
    for (String rendering : List.of("maintien-purchase-order.svg", "maintien-purchase-order.png")) {
      Files.copy(ROOT.resolve("docs/diagrams").resolve(rendering), diagrams.resolve(rendering));
    }
    assertThat(staleRenderings(processes, diagrams)).isEmpty();

    Files.writeString(processes.resolve("maintien-purchase-order.bpmn"), "\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Files.copy(bpmn, processes.resolve("new-process.bpmn"));
    assertThat(staleRenderings(processes, diagrams)).containsExactlyInAnyOrder(
        "maintien-purchase-order.svg: drawn from another version of maintien-purchase-order.bpmn",
        "maintien-purchase-order.png: drawn from another version of maintien-purchase-order.bpmn",
        "new-process.svg: missing",
        "new-process.png: missing");
  }

  static List<String> staleRenderings(Path processes, Path diagrams) throws IOException {
    List<String> findings = new ArrayList<>();
    List<Path> bpmnFiles;
    try (Stream<Path> files = Files.list(processes)) {
      bpmnFiles = files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
    for (Path bpmn : bpmnFiles) {
      String stem = bpmn.getFileName().toString().replaceFirst("\\.bpmn$", "");
      String digest = sha256(bpmn);
      for (String rendering : List.of(stem + ".svg", stem + ".png")) {
        Path file = diagrams.resolve(rendering);
        // the SVG records it in a comment, the PNG in a tEXt chunk (keyword, NUL, text): both plain bytes
        String expected = "bpmn-sha256" + (rendering.endsWith(".svg") ? ":" : "\0") + digest;
        if (!Files.exists(file)) {
          findings.add(rendering + ": missing");
        } else if (!new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(expected)) {
          findings.add(rendering + ": drawn from another version of " + bpmn.getFileName());
        }
      }
    }
    return findings;
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
