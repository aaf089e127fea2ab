package vn.diembao.casework;

import java.util.List;

/** A case was opened about an article (null for a case without one), asking these agencies (directory codes). */
public record CaseOpened(long caseId, Long articleId, List<String> agencyCodes) {
}
