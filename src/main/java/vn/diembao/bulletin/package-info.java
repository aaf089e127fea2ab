/**
 * “Điểm báo” bulletins. The walking skeleton renders today's “Điểm báo [Tỉnh] hàng ngày” from the relevant classified
 * articles of the day, negative items in their own section; curation, approval, numbering and delivery follow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bản tin điểm báo (bulletin)")
package vn.diembao.bulletin;
