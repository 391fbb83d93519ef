package fr.logementaccompagne.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** What every document the programme sends carries ({@code la.documents.*}). */
@Component
@ConfigurationProperties(prefix = "la.documents")
public class DocumentSettings {

  /** The landlord's name, at the head of every page. */
  private String landlordName = "Bailleur social du Nord — Logement accompagné";

  public String getLandlordName() {
    return landlordName;
  }

  public void setLandlordName(String landlordName) {
    this.landlordName = landlordName;
  }
}
