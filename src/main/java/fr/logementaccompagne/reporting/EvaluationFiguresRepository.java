package fr.logementaccompagne.reporting;

import fr.logementaccompagne.evaluation.Indicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The continuous evaluation promised to the funders: the indicators of the joint reviews (DESIGN section 5) per
 * programme, theme and quarter, as shares improving, stable and degrading among the indicators assessed.
 */
@Component
class EvaluationFiguresRepository {

  /** Themes of the objectives contract and the indicators each gathers. */
  static final Map<String, List<Indicator>> THEMES = new LinkedHashMap<>();

  static {
    THEMES.put("Social", List.of(Indicator.DEBT_TREND, Indicator.FAMILY_STABILITY, Indicator.DWELLING_APPROPRIATION));
    THEMES.put("Professionnel", List.of(Indicator.EMPLOYMENT, Indicator.TRAINING));
    THEMES.put("Environnemental", List.of(Indicator.ENERGY_CONTROL, Indicator.WASTE_SORTING,
        Indicator.ACTIVITIES_PARTICIPATION));
    THEMES.put("Technique", List.of(Indicator.DWELLING_FITS_NEEDS));
  }

  private static final String COLUMNS = Arrays.stream(Indicator.values()).map(i -> "e." + i.column())
      .collect(Collectors.joining(", "));

  private final JdbcClient jdbc;

  EvaluationFiguresRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Counts of improving, stable and degrading per (programme, quarter, theme). */
  private static final class Counts {
    int improving;
    int stable;
    int degrading;

    void add(String level) {
      switch (level == null ? "" : level) {
        case "IMPROVING" -> improving++;
        case "STABLE" -> stable++;
        case "DEGRADING" -> degrading++;
        default -> { }
      }
    }

    int assessed() {
      return improving + stable + degrading;
    }
  }

  /** A line of the trends table; sorted by programme, quarter, then theme in the order of THEMES. */
  private record Line(String programme, int quarter, int theme) implements Comparable<Line> {

    private static final Comparator<Line> ORDER = Comparator.comparing(Line::programme)
        .thenComparingInt(Line::quarter).thenComparingInt(Line::theme);

    @Override
    public int compareTo(Line other) {
      return ORDER.compare(this, other);
    }
  }

  ReportTable trends(ReportPeriod period) {
    List<String> themes = List.copyOf(THEMES.keySet());
    Map<Line, Counts> counts = new TreeMap<>();
    jdbc.sql("SELECT COALESCE(pg.label, 'Hors programme') AS programme, e.evaluated_on, " + COLUMNS + """
             FROM evaluation e
            JOIN pathway_case pc ON pc.case_reference = e.case_reference
            LEFT JOIN dwelling d ON d.id = pc.dwelling_id
            LEFT JOIN programme pg ON pg.code = d.programme_code
            WHERE e.evaluated_on >= :from AND e.evaluated_on < :to AND """ + period.scopeSql())
        .param("from", period.firstDay()).param("to", period.nextYearFirstDay()).params(period.scope().params())
        .query((rs, row) -> {
          int quarter = (rs.getDate("evaluated_on").toLocalDate().getMonthValue() - 1) / 3 + 1;
          for (int theme = 0; theme < themes.size(); theme++) {
            Counts line = counts.computeIfAbsent(new Line(rs.getString("programme"), quarter, theme),
                key -> new Counts());
            for (Indicator indicator : THEMES.get(themes.get(theme))) {
              line.add(rs.getString(indicator.column()));
            }
          }
          return row;
        })
        .list();
    var table = ReportTable.named("evaluation_trends", "Évaluation continue : indicateurs des revues conjointes "
            + period.year())
        .column("programme", "Programme").column("quarter", "Trimestre").column("theme", "Thème")
        .column("assessed", "Indicateurs évalués").column("improvingPct", "En progrès (%)")
        .column("stablePct", "Stables (%)").column("degradingPct", "En recul (%)");
    counts.forEach((line, c) -> table.row(line.programme(), "T" + line.quarter() + " " + period.year(),
        themes.get(line.theme()), c.assessed(), percent(c.improving, c.assessed()), percent(c.stable, c.assessed()),
        percent(c.degrading, c.assessed())));
    return table.build();
  }

  private static BigDecimal percent(int part, int whole) {
    return whole == 0 ? null
        : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
