/**
 * Triage: the officer's morning inbox of relevant articles, built from
 * {@link vn.diembao.classify.ArticleClassified}; confirm, dismiss, or mark “cần phản hồi” and open a case.
 * Corrections are kept as labelled examples for the classifier.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sàng lọc (triage)")
package vn.diembao.triage;
