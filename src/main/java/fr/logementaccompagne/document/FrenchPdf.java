package fr.logementaccompagne.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain A4 document the programme sends (purchase order, commission agenda and minutes): the landlord's name and
 * the document's number on every page, a title, then headings, labelled lines and wrapped paragraphs. Helvetica's
 * WinAnsi encoding carries French accents and the euro sign; anything else prints as "?" rather than failing.
 */
public final class FrenchPdf {

  private static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  private record Line(PDType1Font font, float size, String text, float indent, float spaceBefore) {
  }

  private final String landlordName;
  private final String number;
  private final String title;
  private final List<Line> lines = new ArrayList<>();

  public FrenchPdf(String landlordName, String number, String title) {
    this.landlordName = landlordName;
    this.number = number;
    this.title = title;
  }

  public FrenchPdf heading(String text) {
    wrap(BOLD, 12, text, 0, 12);
    return this;
  }

  /** "Label : value" on one line, wrapped when long. */
  public FrenchPdf field(String label, String value) {
    wrap(REGULAR, 10, label + " : " + (value == null || value.isBlank() ? "—" : value), 0, 2);
    return this;
  }

  public FrenchPdf paragraph(String text) {
    wrap(REGULAR, 10, text, 0, 4);
    return this;
  }

  public FrenchPdf bullet(String text) {
    wrap(REGULAR, 10, "• " + text, 12, 2);
    return this;
  }

  private void wrap(PDType1Font font, float size, String text, float indent, float spaceBefore) {
    for (String paragraph : printable(text).split("\n")) {
      StringBuilder current = new StringBuilder();
      float before = spaceBefore;
      for (String word : paragraph.split(" ")) {
        String candidate = current.isEmpty() ? word : current + " " + word;
        if (!current.isEmpty() && widthOf(font, size, candidate) > WIDTH - indent) {
          lines.add(new Line(font, size, current.toString(), indent, before));
          before = 0;
          current = new StringBuilder(word);
        } else {
          current = new StringBuilder(candidate);
        }
      }
      lines.add(new Line(font, size, current.toString(), indent, before));
      spaceBefore = 0;
    }
  }

  private static float widthOf(PDType1Font font, float size, String text) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with what WinAnsi cannot encode replaced (narrow spaces of French number formats included). */
  static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.replace('\u202f', ' ').replace('\u00a0', ' ').codePoints().forEach(c -> {
      String one = Character.toString(c);
      try {
        REGULAR.encode(one);
        out.append(one);
      } catch (IOException | IllegalArgumentException e) {
        out.append(c == '\n' ? "\n" : "?");
      }
    });
    return out.toString();
  }

  public byte[] toBytes() {
    try (PDDocument document = new PDDocument(); var bytes = new ByteArrayOutputStream()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title + " " + number);
      info.setAuthor(landlordName);
      List<List<Line>> pages = paginate();
      for (int i = 0; i < pages.size(); i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (var content = new PDPageContentStream(document, page)) {
          float y = PDRectangle.A4.getHeight() - MARGIN;
          y = write(content, BOLD, 11, printable(landlordName), 0, y);
          y = write(content, REGULAR, 9, printable("N° " + number + " — page " + (i + 1) + " sur " + pages.size()),
              0, y);
          y = write(content, BOLD, 15, printable(title), 0, y - 14);
          y -= 6;
          for (Line line : pages.get(i)) {
            y = write(content, line.font(), line.size(), line.text(), line.indent(), y - line.spaceBefore());
          }
        }
      }
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<List<Line>> paginate() {
    float available = PDRectangle.A4.getHeight() - 2 * MARGIN - 60;
    List<List<Line>> pages = new ArrayList<>();
    List<Line> page = new ArrayList<>();
    float used = 0;
    for (Line line : lines) {
      float height = line.size() * 1.4f + line.spaceBefore();
      if (used + height > available && !page.isEmpty()) {
        pages.add(page);
        page = new ArrayList<>();
        used = 0;
      }
      page.add(line);
      used += height;
    }
    pages.add(page);
    return pages;
  }

  private static float write(PDPageContentStream content, PDType1Font font, float size, String text, float indent,
                             float y) throws IOException {
    float baseline = y - size * 1.4f;
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(MARGIN + indent, baseline);
    content.showText(text);
    content.endText();
    return baseline;
  }
}
