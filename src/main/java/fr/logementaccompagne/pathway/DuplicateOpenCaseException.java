package fr.logementaccompagne.pathway;

import fr.logementaccompagne.refusal.Refusal;
import java.util.Optional;

/** The household already has an open case of this pathway (HTTP 409). */
public class DuplicateOpenCaseException extends RuntimeException implements Refusal {

  public static final String MESSAGE = "Ce ménage a déjà un dossier ouvert";

  private final String openCaseReference;
  private final Long householdId;
  private final Pathway pathway;

  public DuplicateOpenCaseException(String openCaseReference) {
    this(openCaseReference, null, null);
  }

  private DuplicateOpenCaseException(String openCaseReference, Long householdId, Pathway pathway) {
    // neither the household nor the open case in the message: engine errors are logged and shown on every route,
    // and the open case may be another partner's; the API adds its reference for callers who may see it
    super(MESSAGE);
    this.openCaseReference = openCaseReference;
    this.householdId = householdId;
    this.pathway = pathway;
  }

  /**
   * The database refused a second open case: the other intake's case was committed after this one's check. Its
   * reference can only be read once this transaction has rolled back (on PostgreSQL nothing more runs in it).
   */
  static DuplicateOpenCaseException raceLost(long householdId, Pathway pathway) {
    return new DuplicateOpenCaseException(null, householdId, pathway);
  }

  public String openCaseReference() {
    return openCaseReference;
  }

  /** The household whose open case to look up after the rollback, when the reference is not known yet. */
  public Optional<Long> householdToLookUp() {
    return Optional.ofNullable(householdId);
  }

  public Pathway pathway() {
    return pathway;
  }
}
