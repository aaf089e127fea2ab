/**
 * Shared kernel: the web shell (layout, navigation, security), the embedded default database, Vietnamese text
 * helpers and the audit log. Every module may use it; it uses none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.diembao.shared;
