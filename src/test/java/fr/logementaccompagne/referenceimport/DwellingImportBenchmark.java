package fr.logementaccompagne.referenceimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Importing a landlord's whole stock over HTTP: 50,000 dwellings created, the same file again (nothing changes),
 * then every rent changed. Prints the times; asserts only the counts (a benchmark, not a timed test). Run with
 * {@code mvn -Pbenchmark test -Dtest=DwellingImportBenchmark} (H2 in memory, like the other application tests).
 */
@H2ApplicationTest
class DwellingImportBenchmark {

  static final int DWELLINGS = 50_000;
  static final String[] TERRITORIES = {"LILLE", "ROUBAIX_TOURCOING", "DUNKERQUE", "VALENCIENNES", "DOUAI"};

  @Autowired
  TestRestTemplate http;

  @Test
  void fiftyThousandDwellings() {
    var csv = new ReferenceCsvClient(http);
    byte[] stock = stock(412);
    byte[] newRents = stock(420);
    System.out.printf("%nBenchmark: %,d dwellings, file of %,d bytes%n", DWELLINGS, stock.length);
    measure("first import (all created)", () -> csv.put("demo", "demo", "dwellings", stock), "created");
    measure("same file again (nothing changes)", () -> csv.put("demo", "demo", "dwellings", stock), "unchanged");
    measure("every rent changed (all updated)", () -> csv.put("demo", "demo", "dwellings", newRents), "updated");
  }

  private static void measure(String what, java.util.function.Supplier<ResponseEntity<String>> importing,
                              String expectedCount) {
    long start = System.nanoTime();
    ResponseEntity<String> response = importing.get();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    JsonNode counts = EngineRestClient.json(response.getBody());
    assertThat(counts.get(expectedCount).asInt()).isEqualTo(DWELLINGS);
    System.out.printf("Benchmark: %-36s %,7d ms  (%,.0f lines/s)  %s%n", what, millis,
        DWELLINGS * 1000.0 / Math.max(millis, 1), counts);
  }

  private static byte[] stock(int rent) {
    StringBuilder file = new StringBuilder("Référence;Territoire;Commune;Quartier;Adresse;Typologie;Financement;"
        + "Adapté handicap moteur;Loyer mensuel (€);Charges mensuelles (€);Surface (m²);Étage;Ascenseur;Vacant\n");
    for (int i = 0; i < DWELLINGS; i++) {
      file.append("BENCH-%06d;%s;Commune %d;Quartier %d;%d rue du Test;T%d;%s;%s;%d,00;80,50;%d,00;%d;%s;%s\n"
          .formatted(i, TERRITORIES[i % TERRITORIES.length], i % 300, i % 40, i % 200 + 1, i % 6 + 1,
              i % 3 == 0 ? "PLUS" : "PLAI", i % 50 == 0 ? "oui" : "non", rent + i % 90, 20 + i % 90, i % 12,
              i % 12 > 3 ? "oui" : "non", i % 10 == 0 ? "oui" : "non"));
    }
    return file.toString().getBytes(StandardCharsets.UTF_8);
  }
}
