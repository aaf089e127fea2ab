package vn.diembao.casework;

public record CaseOpened(long caseId, Long articleId) {
}
