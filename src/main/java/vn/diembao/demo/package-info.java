/**
 * Demo: with the {@code demo} profile, a small fake web of three Vietnamese outlets is served from the classpath by
 * an in-process HTTP server, polled and classified by the real pipeline; demo users and a few cases are created.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dữ liệu minh họa (demo)")
package vn.diembao.demo;
