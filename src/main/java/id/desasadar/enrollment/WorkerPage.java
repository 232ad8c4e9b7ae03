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
				Payment payment = desk.pay(enrollment.getId(), new PaymentRequest(form.getPaidOn(), months, amount,
						form.getChannel(), form.getReference(), null), viewer);
				redirect.addFlashAttribute("paidMonths", payment.getMonths());
				redirect.addFlashAttribute("paidThrough", payment.getLastMonth());
				redirect.addFlashAttribute("paidPayment", payment.getId());
				redirect.addFlashAttribute("paidReceipt", payment.getReceipt());
				return "redirect:/workers/" + id;
			}
		}
		catch (InvalidInputException ex) {
			problems.fieldMessages(ex).forEach(errors::putIfAbsent);
		}
		catch (ProblemException ex) {
			// 422: amount-mismatch, participation-lapsed, enrollment-ended; 409: duplicate-payment
			String message = problems.message(ex.messageKey(), ex.code(), ex.messageArgs());
			response.setStatus(ex.status().value());
			model.addAttribute("paymentProblem", message);
			if ("amount-mismatch".equals(ex.code())) {
				errors.put("amount", message);
			}
			if ("duplicate-payment".equals(ex.code())) {
				errors.put("reference", message);
			}
			fill(model, worker, viewer, form, errors);
			return "workers/show";
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		fill(model, worker, viewer, form, errors);
		return "workers/show";
	}

	/** Ends the open enrollment with a reason (api.md, Enrollment lifecycle), from the worker page. */
	@PostMapping("/workers/{id}/enrollments/{enrollmentId}/end")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	String end(@PathVariable long id, @PathVariable long enrollmentId, @RequestParam(required = false) String endedOn,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String note,
			@RequestParam(required = false) Long version, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Worker worker = workers.findVisible(id, viewer);
		Enrollment enrollment = ofWorker(enrollmentId, worker, viewer);
		return lifecycle(worker, viewer, model, redirect, response, "ended",
				() -> desk.end(enrollment.getId(), new EndRequest(endedOn, reason, blank(note), version), viewer));
	}

	/** Changes the programs or the payer of the open enrollment from its next month due. */
	@PostMapping("/workers/{id}/enrollments/{enrollmentId}/change")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	String change(@PathVariable long id, @PathVariable long enrollmentId,
			@RequestParam(name = "programs", required = false) List<String> programs,
			@RequestParam(required = false) String payer, @RequestParam(required = false) String sponsorName,
			@RequestParam(required = false) Long version, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Worker worker = workers.findVisible(id, viewer);
		Enrollment enrollment = ofWorker(enrollmentId, worker, viewer);
		return lifecycle(worker, viewer, model, redirect, response, "changed", () -> desk.change(enrollment.getId(),
				new ChangeRequest(programs, payer, blank(sponsorName), version), viewer));
	}

	/** Enrolls the worker again: after an end, or in place of a lapsed enrollment where the setting requires it. */
	@PostMapping("/workers/{id}/enrollments")
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	String enrollAgain(@PathVariable long id, @RequestParam(name = "programs", required = false) List<String> programs,
			@RequestParam(required = false) String payer, @RequestParam(required = false) String sponsorName, Viewer viewer,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Worker worker = workers.findVisible(id, viewer);
		return lifecycle(worker, viewer, model, redirect, response, "enrolled",
				() -> desk.enroll(id, new EnrollmentRequest(programs, payer, blank(sponsorName), null, null), viewer));
	}

	private String lifecycle(Worker worker, Viewer viewer, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String done, java.util.function.Supplier<Enrollment> change) {
		try {
			Enrollment enrollment = change.get();
			redirect.addFlashAttribute("lifecycleDone", done);
			return "redirect:/workers/" + worker.getId() + "#enrollment-" + enrollment.getId();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("lifecycleErrors", problems.fieldMessages(ex));
		}
		catch (ProblemException ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("lifecycleProblem", problems.message(ex.messageKey(), ex.code(), ex.messageArgs()));
		}
		fill(model, worker, viewer, null, Map.of());
		return "workers/show";
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text;
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
		model.addAttribute("channels", PaymentChannel.values());
		model.addAttribute("openEnrollmentId", open.map(Enrollment::getId).orElse(null));
		model.addAttribute("payment", form != null ? form
				: PaymentForm.prefilled(today, 1, open.flatMap(e -> due(e, worker, 1)).orElse(null)));
		model.addAttribute("errors", errors);
		model.addAttribute("monthChoices", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
		model.addAttribute("lapsedReturn", desk.lapsedReturn().name());
		model.addAttribute("endReasons", java.util.Arrays.stream(EndReason.values()).filter(EndReason::chosenByPerson).toList());
		model.addAttribute("programChoices", id.desasadar.contribution.Program.values());
		model.addAttribute("payerChoices", id.desasadar.contribution.Payer.values());
		model.addAttribute("today", today);
		EnrollmentView openView = views.stream().filter(v -> v.endedOn() == null).findFirst().orElse(null);
		model.addAttribute("openEnrollment", openView);
		// Enrolling again: with no open enrollment, or in place of a lapsed one where the setting requires it.
		model.addAttribute("canEnrollAgain", openView == null || (desk.lapsedReturn() == LapsedReturn.NEW_ENROLLMENT
				&& open.map(e -> e.lapsedOn(today, desk.coverageOf(worker))).orElse(false)));
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
