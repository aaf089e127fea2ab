package vn.diembao.directory;

import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administration API for the outlet registry and resident reporters. */
@RestController
@RequestMapping("/api/v1/admin")
class OutletAdminApiController {

	private final OutletAdministration outlets;

	OutletAdminApiController(OutletAdministration outlets) {
		this.outlets = outlets;
	}

	@GetMapping("/outlets")
	List<OutletAdministration.OutletRow> outlets() {
		return outlets.all();
	}

	@GetMapping("/outlets/{outletId}")
	OutletAdministration.OutletRow outlet(@PathVariable long outletId) {
		return outlets.byId(outletId).orElseThrow();
	}

	@PostMapping("/outlets")
	ResponseEntity<AdminApiSupport.Created> createOutlet(@RequestBody OutletAdministration.OutletForm form, Principal admin) {
		return AdminApiSupport.created("/api/v1/admin/outlets", outlets.create(form, admin.getName()));
	}

	@PutMapping("/outlets/{outletId}")
	OutletAdministration.OutletRow updateOutlet(@PathVariable long outletId, @RequestBody OutletAdministration.OutletForm form,
			Principal admin) {
		outlets.update(outletId, form, admin.getName());
		return outlets.byId(outletId).orElseThrow();
	}

	@GetMapping("/outlets/{outletId}/reporters")
	List<OutletAdministration.ReporterRow> reporters(@PathVariable long outletId) {
		outlets.byId(outletId).orElseThrow();
		return outlets.reporters(outletId);
	}

	@PostMapping("/outlets/{outletId}/reporters")
	ResponseEntity<AdminApiSupport.Created> addReporter(@PathVariable long outletId,
			@RequestBody OutletAdministration.ReporterForm form, Principal admin) {
		return AdminApiSupport.created("/api/v1/admin/reporters", outlets.addReporter(outletId, form, admin.getName()));
	}

	@GetMapping("/reporters/{reporterId}")
	OutletAdministration.ReporterRow reporter(@PathVariable long reporterId) {
		return outlets.reporter(reporterId).orElseThrow();
	}

	@PutMapping("/reporters/{reporterId}")
	OutletAdministration.ReporterRow updateReporter(@PathVariable long reporterId,
			@RequestBody OutletAdministration.ReporterForm form, Principal admin) {
		outlets.updateReporter(reporterId, form, admin.getName());
		return outlets.reporter(reporterId).orElseThrow();
	}

	@GetMapping(path = "/outlets.csv", produces = CsvTable.MEDIA_TYPE)
	ResponseEntity<String> outletsCsv() {
		return AdminApiController.csv("co-quan-bao-chi.csv", outlets.exportOutletsCsv());
	}

	@PostMapping(path = "/outlets.csv", consumes = "text/csv")
	AdminApiSupport.Counted importOutlets(@RequestBody String csv, Principal admin) {
		return new AdminApiSupport.Counted(outlets.importOutletsCsv(csv, admin.getName()));
	}

	@GetMapping(path = "/reporters.csv", produces = CsvTable.MEDIA_TYPE)
	ResponseEntity<String> reportersCsv() {
		return AdminApiController.csv("phong-vien-thuong-tru.csv", outlets.exportReportersCsv());
	}

	@PostMapping(path = "/reporters.csv", consumes = "text/csv")
	AdminApiSupport.Counted importReporters(@RequestBody String csv, Principal admin) {
		return new AdminApiSupport.Counted(outlets.importReportersCsv(csv, admin.getName()));
	}
}
