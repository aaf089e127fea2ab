/**
 * Triage: the officer's morning inbox of relevant articles, built from
 * {@link vn.diembao.classify.ArticleClassified} with each article's text for diacritic-insensitive search; stories
 * grouped, filtered and decided on in bulk or from the keyboard; a safe reader that opens a case through casework.
 * Corrections are kept as labelled examples for the classifier; picks for the bulletin are announced as
 * {@link vn.diembao.triage.ArticlePickedForBulletin}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sàng lọc (triage)")
package vn.diembao.triage;
