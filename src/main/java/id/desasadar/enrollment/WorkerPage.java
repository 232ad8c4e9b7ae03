package id.desasadar.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import id.desasadar.account.Viewer;
import id.desasadar.support.ApiProblems;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.NotFoundException;
import id.desasadar.support.ProblemException;
import id.desasadar.worker.NikDisclosures;
import id.desasadar.worker.Worker;
import id.desasadar.worker.WorkerRegistry;
import id.desasadar.worker.WorkerView;
import id.desasadar.worker.Workers;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /workers/{id}}: a worker's data (the NIK masked for roles that do not need it), the warnings to
 * review, the enrollments with their status and payments, and recording a payment.
 */
@Controller
class WorkerPage {

	private final Workers workers;
	private final WorkerRegistry registry;
	private final Enrollments enrollments;
	private final Payments payments;
	private final EnrollmentDesk desk;
	private final RegistrationForms registration;
	private final EventLookup events;
	private final ApiProblems problems;
	private final Clock clock;
	private final NikDisclosures disclosures;

	WorkerPage(Workers workers, WorkerRegistry registry, Enrollments enrollments, Payments payments, EnrollmentDesk desk,
			RegistrationForms registration, EventLookup events, ApiProblems problems, Clock clock,
			NikDisclosures disclosures) {
		this.disclosures = disclosures;
		this.workers = workers;
		this.registry = registry;
		this.enrollments = enrollments;
		this.payments = payments;
		this.desk = desk;
		this.registration = registration;
		this.events = events;
		this.problems = problems;
		this.clock = clock;
	}

	@GetMapping("/workers/{id}")
	String show(@PathVariable long id, Viewer viewer, Model model) {
		Worker worker = workers.findVisible(id, viewer);
		fill(model, worker, viewer, null, Map.of());
		return "workers/show";
	}

	@PostMapping("/workers/{id}/payments")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	String pay(@PathVariable long id, @RequestParam long enrollmentId, @ModelAttribute("payment") PaymentForm form,
			Viewer viewer, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Worker worker = workers.findVisible(id, viewer);
		Enrollment enrollment = ofWorker(enrollmentId, worker, viewer);
		Map<String, String> errors = new LinkedHashMap<>();
		Long amount = null;
		try {
			amount = RegistrationForm.wholeRupiah(form.getAmount());
		}
		catch (NumberFormatException ex) {
			errors.put("amount", problems.message("workers.field.whole-number", "a whole number"));
		}
		Long months = form.getMonths() == null || !form.getMonths().strip().matches("\\d{1,2}") ? null
				: Long.valueOf(form.getMonths().strip());
		try {
			if (errors.isEmpty()) {
				Payment payment = desk.pay(enrollment.getId(), new PaymentRequest(form.getPaidOn(), months, amount), viewer);
				redirect.addFlashAttribute("paidMonths", payment.getMonths());
				redirect.addFlashAttribute("paidThrough", payment.getLastMonth());
				return "redirect:/workers/" + id;
			}
		}
		catch (InvalidInputException ex) {
			problems.fieldMessages(ex).forEach(errors::putIfAbsent);
		}
		catch (ProblemException ex) {
			// 422: amount-mismatch, participation-lapsed, enrollment-ended
			String message = problems.message(ex.messageKey(), ex.code(), ex.messageArgs());
			response.setStatus(ex.status().value());
			model.addAttribute("paymentProblem", message);
			if ("amount-mismatch".equals(ex.code())) {
				errors.put("amount", message);
			}
			fill(model, worker, viewer, form, errors);
			return "workers/show";
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		fill(model, worker, viewer, form, errors);
		return "workers/show";
	}

	/** The amount field prefilled with what the months chosen cost, when the months change. */
	@GetMapping("/workers/{id}/amount-due")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	String amountDue(@PathVariable long id, @RequestParam long enrollmentId, @RequestParam(defaultValue = "1") int months,
			Viewer viewer, Model model) {
		Worker worker = workers.findVisible(id, viewer);
		Enrollment enrollment = ofWorker(enrollmentId, worker, viewer);
		PaymentForm form = PaymentForm.prefilled(LocalDate.now(clock), months, null);
		form.setAmount(String.valueOf(due(enrollment, worker, form.monthsOrOne()).orElse(null)));
		model.addAttribute("payment", form);
		model.addAttribute("errors", Map.of());
		return "workers/show :: amount";
	}

	private void fill(Model model, Worker worker, Viewer viewer, PaymentForm form, Map<String, String> errors) {
		LocalDate today = LocalDate.now(clock);
		List<WorkerView.Warning> warnings = WorkerView.Warning.of(registry.warningsFor(worker), problems);
		List<Enrollment> all = enrollments.findByWorkerIdOrderByEnrolledOnDesc(worker.getId());
		List<EnrollmentView> views = all.stream()
			.map(e -> desk.view(e, worker).forViewer(viewer))
			.toList();
		Map<Long, List<PaymentView>> paid = new LinkedHashMap<>();
		all.forEach(e -> paid.put(e.getId(), payments.findByEnrollmentIdOrderByFirstMonthDesc(e.getId()).stream()
			.map(p -> PaymentView.of(p, viewer)).toList()));
		Optional<Enrollment> open = all.stream().filter(e -> e.getEndedOn() == null).findFirst();
		WorkerView view = WorkerView.of(worker, viewer, warnings);
		if (!view.nikMasked()) {
			disclosures.disclosed(viewer, worker, "page /workers/" + worker.getId());
		}
		model.addAttribute("worker", view);
		model.addAttribute("anonymisedOn", worker.getAnonymisedAt() == null ? null
				: LocalDate.ofInstant(worker.getAnonymisedAt(), clock.getZone()));
		model.addAttribute("anonymisedBy", worker.getAnonymisedBy());
		model.addAttribute("consentedOn", LocalDate.ofInstant(worker.getConsentedAt(), clock.getZone()));
		model.addAttribute("createdOn", LocalDate.ofInstant(worker.getCreatedAt(), clock.getZone()));
		model.addAttribute("villageLabel", registration.villageLabel(worker.getVillageCode(), viewer).orElse(null));
		model.addAttribute("enrollments", views);
		model.addAttribute("amountsShown", viewer.seesIncome());
		Map<Long, String> eventNames = new LinkedHashMap<>();
		all.stream().map(Enrollment::getEventId).filter(Objects::nonNull).distinct()
			.forEach(id -> events.visibleName(id, viewer).ifPresent(name -> eventNames.put(id, name)));
		model.addAttribute("eventNames", eventNames);
		model.addAttribute("payments", paid);
		model.addAttribute("openEnrollmentId", open.map(Enrollment::getId).orElse(null));
		model.addAttribute("payment", form != null ? form
				: PaymentForm.prefilled(today, 1, open.flatMap(e -> due(e, worker, 1)).orElse(null)));
		model.addAttribute("errors", errors);
		model.addAttribute("monthChoices", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
	}

	/** What {@code months} months cost from the next month due; empty when the rules cannot quote it. */
	private Optional<Long> due(Enrollment enrollment, Worker worker, int months) {
		try {
			return Optional.of(desk.amountDue(enrollment, worker, months));
		}
		catch (ProblemException ex) {
			return Optional.empty();
		}
	}

	private Enrollment ofWorker(long enrollmentId, Worker worker, Viewer viewer) {
		Enrollment enrollment = desk.findVisible(enrollmentId, viewer);
		if (enrollment.getWorkerId() != worker.getId()) {
			throw new NotFoundException("enrollment", enrollmentId);
		}
		return enrollment;
	}
}
