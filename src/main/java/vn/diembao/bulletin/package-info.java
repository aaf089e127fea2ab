/**
 * “Điểm báo” bulletins (design §7, issue 8): the four daily kinds, the weekly and the monthly edition. bpmn/bulletin.bpmn
 * creates the editions due each morning; a draft is filled from classified articles (one item per story, by section
 * and importance), curated by an officer, approved by a leader unless its kind publishes by itself at a set time,
 * numbered “Số NN/YYYY” per kind and year at publication (a counter row under lock: no gaps, no duplicates) and then
 * immutable, corrections being new revisions. Renders a phone page, a PDF with an embedded Liberation Serif font and
 * a DOCX after Nghị định 30/2020; e-mails the distribution list; announces {@link vn.diembao.bulletin.BulletinPublished}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bản tin điểm báo (bulletin)")
package vn.diembao.bulletin;
