/**
 * Press-response casework on Camunda ({@code bpmn/press-response.bpmn}): a case asks one or more agencies to verify
 * and answer an article; each agency sees only its own tasks; the officer accepts or returns each reply.
 * Business data lives in our tables; the process holds only ids.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hồ sơ phản hồi (casework)")
package vn.diembao.casework;
