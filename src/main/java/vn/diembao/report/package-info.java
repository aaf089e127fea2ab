/**
 * Reports and dashboard, read through the other modules' public APIs and events: the monthly and weekly report
 * section in the department's wording (page, clipboard text, DOCX), the dashboard with its lists and XLSX/CSV exports,
 * and alerts raised from {@code ArticleClassified} events (story spikes, place spikes, watch list) with the morning
 * summary.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Báo cáo (report)")
package vn.diembao.report;
