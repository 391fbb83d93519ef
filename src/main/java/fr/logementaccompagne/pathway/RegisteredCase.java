package fr.logementaccompagne.pathway;

import java.util.List;

/** A case opened by a pathway's registration step: its reference, the basin of its territory, who may read it. */
public record RegisteredCase(String caseReference, String basinCode, List<String> readerGroups) {
}
