package id.desasadar.enrollment;

import java.net.URI;
import java.util.List;

import id.desasadar.account.Viewer;
import id.desasadar.support.NotFoundException;
import id.desasadar.worker.Worker;
import id.desasadar.worker.Workers;

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

/** api.md, Enrollments and Enrollment lifecycle: enroll a worker, read, end or change an enrollment, record and list payments. */
@RestController
@RequestMapping("/api/v1")
class EnrollmentApi {

	private final EnrollmentDesk desk;
	private final Enrollments enrollments;
	private final Payments payments;
	private final Workers workers;

	EnrollmentApi(EnrollmentDesk desk, Enrollments enrollments, Payments payments, Workers workers) {
		this.desk = desk;
		this.enrollments = enrollments;
		this.payments = payments;
		this.workers = workers;
	}

	@PostMapping("/workers/{workerId}/enrollments")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	ResponseEntity<EnrollmentView> enroll(@PathVariable long workerId, @RequestBody EnrollmentRequest request,
			Viewer viewer) {
		Enrollment enrollment = desk.enroll(workerId, request, viewer);
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/enrollments/{id}")
			.buildAndExpand(enrollment.getId()).toUri();
		return ResponseEntity.created(location).body(view(enrollment, viewer));
	}

	@GetMapping("/workers/{workerId}/enrollments")
	List<EnrollmentView> ofWorker(@PathVariable long workerId, Viewer viewer) {
		workers.findVisible(workerId, viewer);
		return enrollments.findByWorkerIdOrderByEnrolledOnDesc(workerId).stream().map(e -> view(e, viewer)).toList();
	}

	@GetMapping("/enrollments/{id}")
	EnrollmentView enrollment(@PathVariable long id, Viewer viewer) {
		return view(desk.findVisible(id, viewer), viewer);
	}

	@PostMapping("/enrollments/{id}/end")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	EnrollmentView end(@PathVariable long id, @RequestBody EndRequest request, Viewer viewer) {
		return view(desk.end(id, request, viewer), viewer);
	}

	@PutMapping("/enrollments/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	EnrollmentView change(@PathVariable long id, @RequestBody ChangeRequest request, Viewer viewer) {
		return view(desk.change(id, request, viewer), viewer);
	}

	@PostMapping("/enrollments/{id}/payments")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	ResponseEntity<PaymentView> pay(@PathVariable long id, @RequestBody PaymentRequest request, Viewer viewer) {
		Payment payment = desk.pay(id, request, viewer);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{paymentId}")
			.buildAndExpand(payment.getId()).toUri();
		return ResponseEntity.created(location).body(PaymentView.of(payment, viewer));
	}

	@GetMapping("/enrollments/{id}/payments")
	List<PaymentView> paymentsOf(@PathVariable long id, Viewer viewer) {
		desk.findVisible(id, viewer);
		return payments.findByEnrollmentIdOrderByFirstMonthDesc(id).stream().map(p -> PaymentView.of(p, viewer)).toList();
	}

	/** The payment that the {@code Location} of a recorded payment names. */
	@GetMapping("/enrollments/{id}/payments/{paymentId}")
	PaymentView payment(@PathVariable long id, @PathVariable long paymentId, Viewer viewer) {
		desk.findVisible(id, viewer);
		return payments.findById(paymentId).filter(p -> p.getEnrollmentId() == id).map(p -> PaymentView.of(p, viewer))
			.orElseThrow(() -> new NotFoundException("payment", paymentId));
	}

	/** api.md, "Payments and proof": a payment by its own id, with its channel and receipt number. */
	@GetMapping("/payments/{paymentId}")
	PaymentView payment(@PathVariable long paymentId, Viewer viewer) {
		return desk.payment(paymentId, viewer);
	}

	private EnrollmentView view(Enrollment enrollment, Viewer viewer) {
		Worker worker = workers.findVisible(enrollment.getWorkerId(), viewer);
		return desk.view(enrollment, worker).forViewer(viewer);
	}
}
