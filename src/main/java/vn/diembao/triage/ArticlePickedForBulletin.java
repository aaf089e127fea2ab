package vn.diembao.triage;

import java.time.LocalDate;

/**
 * An officer chose the article for the bulletins of {@code date} (key “b” or the bulk action “Đưa vào điểm báo”).
 * The bulletin module decides in which bulletin and section it goes.
 */
public record ArticlePickedForBulletin(long articleId, LocalDate date, String officer) {
}
