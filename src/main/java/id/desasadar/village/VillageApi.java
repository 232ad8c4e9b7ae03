package id.desasadar.village;

import id.desasadar.account.Viewer;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** api.md, Villages: profile, readiness checklist and designation. */
@RestController
@RequestMapping("/api/v1/villages/{code}")
class VillageApi {

	private final VillageOffice office;

	VillageApi(VillageOffice office) {
		this.office = office;
	}

	@GetMapping
	VillageView village(@PathVariable String code, Viewer viewer) {
		return office.view(code, viewer);
	}

	@PutMapping("/profile")
	@PreAuthorize("hasAnyRole('ADMIN', 'VILLAGE_HEAD')")
	VillageView updateProfile(@PathVariable String code, @RequestBody ProfileRequest request, Viewer viewer) {
		office.updateProfile(code, request, viewer);
		return office.view(code, viewer);
	}

	@GetMapping("/readiness")
	Readiness readiness(@PathVariable String code, Viewer viewer) {
		return office.readiness(code, viewer);
	}

	@PostMapping("/designation")
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	ResponseEntity<VillageView.DesignationView> declare(@PathVariable String code,
			@RequestBody DesignationRequest request, Viewer viewer) {
		Designation designation = office.declare(code, request, viewer);
		return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/villages/{code}").buildAndExpand(code).toUri()).body(VillageView.DesignationView.of(designation));
	}
}
