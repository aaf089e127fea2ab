/**
 * Fake-news reception, verification and publication ({@code bpmn/fake-news.bpmn}): public and internal intake,
 * screening, agency verification, verdict, leader approval, public debunk page and RSS.
 * Not built yet in the walking skeleton; its pages and process arrive with the fake-news issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tin giả (fakenews)")
package vn.diembao.fakenews;
