package fr.logementaccompagne.referenceimport;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Partner associations; only their label can change, which breaks nothing (the code is the key). */
@Component
public class PartnerTable extends ReferenceTable {

  public PartnerTable(JdbcClient jdbc) {
    super(jdbc, "partners", "partner", "partenaire", List.of(
        Column.code("code", "Code").required(),
        Column.text("label", "Libellé", 200).required()), List.of("code"));
  }
}
