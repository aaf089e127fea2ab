package vn.diembao.casework;

public record CaseClosed(long caseId, Long articleId) {
}
