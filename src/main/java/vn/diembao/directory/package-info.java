/**
 * Directory: the province profile (names, former provinces, places), agencies, outlets, users and roles.
 * Other modules read it through {@link vn.diembao.directory.Agencies}, {@link vn.diembao.directory.Outlets},
 * {@link vn.diembao.directory.ProvinceProfiles} and {@link vn.diembao.directory.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Danh mục (directory)")
package vn.diembao.directory;
