package fr.logementaccompagne.eligibility;

import java.util.HashMap;
import java.util.Map;

/**
 * A resource-ceiling table that asks the one it wraps once per financing and household category, for one search.
 * The dwelling search checks every vacant dwelling of a territory against the same household: without this, it
 * evaluated the {@code resource-ceiling} decision (and wrote its history) once per dwelling, 445 times with 443
 * vacant dwellings; now at most once per financing (issue 15). A year without a schedule is also remembered.
 * Not shared between searches, so an analyst's new table version counts from the next search on.
 */
public final class DecidedOnceCeilingTable implements ResourceCeilingTable {

  private record Question(Financing financing, int compositionCategory) {
  }

  private final ResourceCeilingTable table;
  private final Map<Question, ResourceCeiling> answers = new HashMap<>();
  private NoCeilingScheduleException noSchedule;

  public DecidedOnceCeilingTable(ResourceCeilingTable table) {
    this.table = table;
  }

  @Override
  public ResourceCeiling ceiling(Financing financing, int compositionCategory) {
    if (noSchedule != null) {
      throw noSchedule;
    }
    try {
      return answers.computeIfAbsent(new Question(financing, compositionCategory),
          question -> table.ceiling(question.financing(), question.compositionCategory()));
    } catch (NoCeilingScheduleException missing) {
      noSchedule = missing;
      throw missing;
    }
  }
}
