package fr.logementaccompagne.referenceimport;

import fr.logementaccompagne.refusal.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Component;

/** The importable tables by their name in the route. */
@Component
public class ReferenceTables {

  private final List<ReferenceTable> tables;

  public ReferenceTables(List<ReferenceTable> tables) {
    this.tables = tables;
  }

  public ReferenceTable named(String name) {
    return tables.stream().filter(table -> table.name().equals(name)).findFirst()
        .orElseThrow(() -> new NotFoundException("Table inconnue : " + name + " ; tables : " + String.join(", ",
            tables.stream().map(ReferenceTable::name).sorted().toList())));
  }
}
