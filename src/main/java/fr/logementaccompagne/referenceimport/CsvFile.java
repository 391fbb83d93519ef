package fr.logementaccompagne.referenceimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reading and writing the CSV files exchanged with the landlord's systems: UTF-8 with or without BOM, {@code ;}
 * (French spreadsheets) or {@code ,} as separator, told from the header line; exports in French, {@code ;}.
 */
final class CsvFile {

  private static final char BOM = '\uFEFF';

  private CsvFile() {
  }

  /** A line of the file: its number (the header is line 1) and its cells by header. */
  record Line(int number, List<String> cells) {
  }

  record Content(List<String> headers, List<Line> lines) {
  }

  /** The file's header and non-blank lines, or the rule the file as a whole breaks. */
  static Content read(byte[] body) {
    String text = decode(body);
    if (!text.isEmpty() && text.charAt(0) == BOM) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw refused("fichier vide : une ligne d'en-tête est attendue");
    }
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = count(firstLine, ';') >= count(firstLine, ',') && count(firstLine, ';') > 0 ? ';' : ',';
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
        .setIgnoreSurroundingSpaces(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<CSVRecord> records = parser.getRecords();
      List<String> headers = records.get(0).toList();
      List<Line> lines = new ArrayList<>();
      for (CSVRecord record : records.subList(1, records.size())) {
        List<String> cells = record.toList();
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        lines.add(new Line((int) record.getRecordNumber(), cells));
      }
      return new Content(headers, lines);
    } catch (IOException | UncheckedIOException e) {
      throw refused("fichier CSV illisible (guillemet non fermé ?)");
    }
  }

  private static String decode(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw refused("fichier non encodé en UTF-8 : enregistrez-le en « CSV UTF-8 »");
    }
  }

  private static ImportRefusedException refused(String rule) {
    return new ImportRefusedException(List.of(new ImportError(1, "", rule)));
  }

  private static long count(String line, char c) {
    return line.chars().filter(ch -> ch == c).count();
  }

  /** The rows as a CSV file with the tables' French headers, {@code ;}-separated, with a BOM for spreadsheets. */
  static String write(List<Column> columns, List<Map<String, Object>> rows) {
    StringWriter out = new StringWriter();
    out.write(BOM);
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
        .setRecordSeparator("\r\n").get())) {
      printer.printRecord(columns.stream().map(Column::frenchHeader).toList());
      for (Map<String, Object> row : rows) {
        printer.printRecord(columns.stream().map(column -> column.format(row.get(column.key()))).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
