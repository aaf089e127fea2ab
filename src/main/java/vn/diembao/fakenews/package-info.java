/**
 * Fake-news reception, verification and publication ({@code bpmn/fake-news.bpmn}): a public form and internal
 * intake, screening by the fact-check team, verification by agencies through casework's press-response cases, a
 * verdict approved by a leader, and a public page and RSS feed of conclusions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tin giả (fakenews)")
package vn.diembao.fakenews;
