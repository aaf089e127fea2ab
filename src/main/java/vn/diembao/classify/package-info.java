/**
 * Classification: for each collected article, is it about our province (nationwide gazetteer, homonyms need a
 * supporting cue), its tone, topic (which bulletin) and whether it needs an agency's answer (a linear model over
 * syllables and lexicon cues), and which agencies (DMN) — each decision with its reasons and model version.
 * Announces {@link vn.diembao.classify.ArticleClassified}. The CLI commands run the same classifier without Spring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Phân loại (classify)")
package vn.diembao.classify;
