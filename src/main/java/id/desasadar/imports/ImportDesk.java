package id.desasadar.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import id.desasadar.account.AccountPrincipal;
import id.desasadar.account.ManagedAccounts;
import id.desasadar.account.Viewer;
import id.desasadar.support.InvalidInputException;
import id.desasadar.support.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes an upload: checks the whole file first (format, encoding, columns, size; {@link UploadedFile}), stores
 * it with a queued job in one transaction, and hands the job to the background once that has committed. A
 * job is seen by the account that uploaded it and by administrators; to others it does not exist.
 */
@Component
class ImportDesk {

	private final ManagedAccounts managed;
	private final ImportJobs jobs;
	private final ImportRunner runner;
	private final TransactionTemplate transaction;
	private final long maxFileSize;

	ImportDesk(ImportJobs jobs, ImportRunner runner, TransactionTemplate transaction, ManagedAccounts managed,
			@Value("${desa-sadar.imports.max-file-size:20MB}") DataSize maxFileSize) {
		this.jobs = jobs;
		this.managed = managed;
		this.runner = runner;
		this.transaction = transaction;
		this.maxFileSize = maxFileSize.toBytes();
	}

	long maxFileSize() {
		return maxFileSize;
	}

	ImportJob upload(ImportKind kind, MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "problem.field.required");
		}
		if (file.getSize() > maxFileSize) {
			throw new FileTooLarge();
		}
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		UploadedFile.Checked checked = UploadedFile.check(name, file::getInputStream, runner.importOf(kind).columns());
		Authentication uploader = SecurityContextHolder.getContext().getAuthentication();
		String username = ((AccountPrincipal) uploader.getPrincipal()).getUsername();
		long id = transaction.execute(status -> {
			try (InputStream content = file.getInputStream()) {
				long job = jobs.create(kind, shortName(name), checked.format(), checked.sha256(), file.getSize(), username,
						checked.rows(), content);
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						runner.submit(job, uploader);
					}
				});
				return job;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return jobs.find(id).orElseThrow();
	}

	/**
	 * The job, if the viewer may see it: their own, or, for an administrator, one of an uploader they manage (every
	 * scope of the uploader's within theirs, issue #16); any other is unknown, not forbidden.
	 */
	ImportJob find(long id, Viewer viewer) {
		return jobs.find(id)
			.filter(job -> job.uploadedBy().equals(viewer.username()) || managed.manages(viewer, job.uploadedBy()))
			.orElseThrow(() -> new NotFoundException("import", id));
	}

	private static String shortName(String name) {
		String base = name.replaceAll("^.*[/\\\\]", "");
		return base.length() > 255 ? base.substring(base.length() - 255) : base;
	}
}
