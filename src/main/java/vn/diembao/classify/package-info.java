/**
 * Classification: for each collected article, is it about our province, its tone, its topic (which bulletin), does it
 * need an agency's answer — each decision with its reasons. Announces {@link vn.diembao.classify.ArticleClassified}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Phân loại (classify)")
package vn.diembao.classify;
