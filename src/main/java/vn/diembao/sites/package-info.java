/**
 * The province's own state websites (Trang thông tin điện tử): a registry by agency and level, checks kept as data
 * (a campaign banner, the sections Decree 42/2022/NĐ-CP art. 4 requires, a named column such as “Chuyển đổi số” with
 * at least one post a week, reachability, HTTPS and response time), a daily cluster-safe check run through
 * {@link vn.diembao.ingest.SafeFetcher}, a compliance matrix with history and XLSX export, mail to an agency whose
 * site keeps failing, and the monthly report's banner sentence through {@link vn.diembao.sites.SiteCompliance}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trang thông tin điện tử (sites)")
package vn.diembao.sites;
