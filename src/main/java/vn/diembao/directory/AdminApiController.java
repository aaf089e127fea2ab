package vn.diembao.directory;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administration API for users, agencies, the province profile and the working calendar — the same services
 * and validation as the pages under /quan-tri. CSV resources take and give {@code text/csv}.
 */
@RestController
@RequestMapping("/api/v1/admin")
class AdminApiController {

	private final UserAdministration users;
	private final PasswordResets resets;
	private final AgencyAdministration agencies;
	private final ProvinceProfileAdministration profile;
	private final HolidayAdministration holidays;

	AdminApiController(UserAdministration users, PasswordResets resets, AgencyAdministration agencies,
			ProvinceProfileAdministration profile, HolidayAdministration holidays) {
		this.users = users;
		this.resets = resets;
		this.agencies = agencies;
		this.profile = profile;
		this.holidays = holidays;
	}

	record EmailSent(String sentTo) {
	}

	record MergeRequest(long intoId) {
	}

	record HolidayRequest(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, String name, String kind) {
	}

	// users ----------------------------------------------------------------------------------------------------------

	@GetMapping("/users")
	List<UserAdministration.UserRow> users() {
		return users.all();
	}

	@GetMapping("/users/{userId}")
	UserAdministration.UserRow user(@PathVariable long userId) {
		return users.byId(userId).orElseThrow();
	}

	@PostMapping("/users")
	ResponseEntity<AdminApiSupport.Created> createUser(@RequestBody UserAdministration.UserForm form, Principal admin) {
		return AdminApiSupport.created("/api/v1/admin/users", users.create(withRoles(form), admin.getName()));
	}

	@PutMapping("/users/{userId}")
	UserAdministration.UserRow updateUser(@PathVariable long userId, @RequestBody UserAdministration.UserForm form, Principal admin) {
		users.update(userId, withRoles(form), admin.getName());
		return users.byId(userId).orElseThrow();
	}

	@PostMapping("/users/{userId}/disable")
	UserAdministration.UserRow disableUser(@PathVariable long userId, Principal admin) {
		users.setEnabled(userId, false, admin.getName());
		return users.byId(userId).orElseThrow();
	}

	@PostMapping("/users/{userId}/enable")
	UserAdministration.UserRow enableUser(@PathVariable long userId, Principal admin) {
		users.setEnabled(userId, true, admin.getName());
		return users.byId(userId).orElseThrow();
	}

	@PostMapping("/users/{userId}/password-reset")
	EmailSent sendResetLink(@PathVariable long userId, Principal admin) {
		return new EmailSent(resets.sendLink(userId, admin.getName()));
	}

	// agencies -------------------------------------------------------------------------------------------------------

	@GetMapping("/agencies")
	List<AgencyAdministration.AgencyRow> agencies() {
		return agencies.all();
	}

	@GetMapping("/agencies/{agencyId}")
	AgencyAdministration.AgencyRow agency(@PathVariable long agencyId) {
		return agencies.byId(agencyId).orElseThrow();
	}

	@GetMapping("/agencies/{agencyId}/history")
	List<AgencyAdministration.Change> agencyHistory(@PathVariable long agencyId) {
		return agencies.history(agencyId);
	}

	@PostMapping("/agencies")
	ResponseEntity<AdminApiSupport.Created> createAgency(@RequestBody AgencyAdministration.AgencyForm form, Principal admin) {
		return AdminApiSupport.created("/api/v1/admin/agencies", agencies.create(form, admin.getName()));
	}

	@PutMapping("/agencies/{agencyId}")
	AgencyAdministration.AgencyRow updateAgency(@PathVariable long agencyId, @RequestBody AgencyAdministration.AgencyForm form,
			Principal admin) {
		agencies.update(agencyId, form, admin.getName());
		return agencies.byId(agencyId).orElseThrow();
	}

	@PostMapping("/agencies/{agencyId}/deactivate")
	AgencyAdministration.AgencyRow deactivateAgency(@PathVariable long agencyId, Principal admin) {
		agencies.setActive(agencyId, false, admin.getName());
		return agencies.byId(agencyId).orElseThrow();
	}

	@PostMapping("/agencies/{agencyId}/activate")
	AgencyAdministration.AgencyRow activateAgency(@PathVariable long agencyId, Principal admin) {
		agencies.setActive(agencyId, true, admin.getName());
		return agencies.byId(agencyId).orElseThrow();
	}

	@PostMapping("/agencies/{agencyId}/merge")
	AgencyAdministration.AgencyRow mergeAgency(@PathVariable long agencyId, @RequestBody MergeRequest request, Principal admin) {
		agencies.merge(agencyId, request.intoId(), admin.getName());
		return agencies.byId(agencyId).orElseThrow();
	}

	@GetMapping(path = "/agencies.csv", produces = CsvTable.MEDIA_TYPE)
	ResponseEntity<String> agenciesCsv() {
		return csv("co-quan.csv", agencies.exportCsv());
	}

	@PostMapping(path = "/agencies.csv", consumes = "text/csv")
	AdminApiSupport.Counted importAgencies(@RequestBody String csv, Principal admin) {
		return new AdminApiSupport.Counted(agencies.importCsv(csv, admin.getName()));
	}

	// province profile -----------------------------------------------------------------------------------------------

	@GetMapping("/province-profile")
	ProvinceProfileAdministration.Profile provinceProfile() {
		return profile.profile();
	}

	@PutMapping("/province-profile")
	ProvinceProfileAdministration.Profile updateProvinceProfile(@RequestBody ProvinceProfileAdministration.ProfileForm form,
			Principal admin) {
		profile.updateProfile(form, admin.getName());
		return profile.profile();
	}

	@GetMapping("/province-profile/names")
	List<ProvinceProfileAdministration.NameRow> provinceNames() {
		return profile.names();
	}

	@PostMapping("/province-profile/names")
	ProvinceProfileAdministration.Profile addProvinceName(@RequestBody ProvinceProfileAdministration.NameForm form, Principal admin) {
		profile.addName(form, admin.getName());
		return profile.profile();
	}

	@PutMapping("/province-profile/names/{nameId}")
	ProvinceProfileAdministration.Profile updateProvinceName(@PathVariable long nameId,
			@RequestBody ProvinceProfileAdministration.NameForm form, Principal admin) {
		profile.updateName(nameId, form, admin.getName());
		return profile.profile();
	}

	@DeleteMapping("/province-profile/names/{nameId}")
	ProvinceProfileAdministration.Profile deleteProvinceName(@PathVariable long nameId, Principal admin) {
		profile.deleteName(nameId, admin.getName());
		return profile.profile();
	}

	@GetMapping("/province-profile/versions")
	List<ProvinceProfileAdministration.Version> provinceVersions() {
		return profile.versions();
	}

	@GetMapping(path = "/province-profile/names.csv", produces = CsvTable.MEDIA_TYPE)
	ResponseEntity<String> provinceNamesCsv() {
		return csv("dia-danh.csv", profile.exportCsv());
	}

	@PostMapping(path = "/province-profile/names.csv", consumes = "text/csv")
	AdminApiSupport.Counted importProvinceNames(@RequestBody String csv, Principal admin) {
		return new AdminApiSupport.Counted(profile.importCsv(csv, admin.getName()));
	}

	// working calendar -----------------------------------------------------------------------------------------------

	@GetMapping("/holidays")
	List<Holiday> holidays(@RequestParam int year) {
		return holidays.ofYear(year);
	}

	@PostMapping("/holidays")
	List<Holiday> saveHoliday(@RequestBody HolidayRequest request, Principal admin) {
		holidays.save(request.day(), request.name(), request.kind() == null ? "DAY_OFF" : request.kind(), admin.getName());
		return holidays.ofYear(request.day().getYear());
	}

	@DeleteMapping("/holidays/{day}")
	List<Holiday> deleteHoliday(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Principal admin) {
		holidays.delete(day, admin.getName());
		return holidays.ofYear(day.getYear());
	}

	static ResponseEntity<String> csv(String filename, String body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, CsvTable.MEDIA_TYPE)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
			.body(body);
	}

	private static UserAdministration.UserForm withRoles(UserAdministration.UserForm form) {
		return form.roles() != null ? form : new UserAdministration.UserForm(form.username(), form.fullName(), form.email(),
				java.util.Set.of(), form.agencyId(), form.password());
	}
}
