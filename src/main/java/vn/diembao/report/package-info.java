/**
 * Reports and dashboard: the start page's figures for today, read from the other modules' public APIs;
 * the monthly report paragraph and exports follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Báo cáo (report)")
package vn.diembao.report;
