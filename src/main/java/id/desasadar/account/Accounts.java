package id.desasadar.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

interface Accounts extends Repository<Account, Long>, JpaSpecificationExecutor<Account> {

	@EntityGraph(attributePaths = "scopes")
	Optional<Account> findByUsername(String username);

	@EntityGraph(attributePaths = "scopes")
	Optional<Account> findById(Long id);

	boolean existsByUsername(String username);

	long count();

	Account save(Account account);

	Account saveAndFlush(Account account);

	void flush();

	/**
	 * The enabled administrators, their rows locked until the transaction ends: two administrators demoting
	 * each other at once cannot both count the other as the one who remains.
	 */
	@Query(value = "select id from account where role = 'ADMIN' and enabled order by id for update", nativeQuery = true)
	List<Long> lockActiveAdministrators();

	/**
	 * The accounts an administrator manages: every scope of theirs lies within the administrator's scopes
	 * (an administrator of Jawa Tengah does not manage an account that also sees another province).
	 */
	static Specification<Account> managedBy(Viewer admin) {
		return (root, query, cb) -> {
			Subquery<Integer> outside = query.subquery(Integer.class);
			Root<Account> same = outside.correlate(root);
			Join<Account, String> scope = same.join("scopes");
			outside.select(cb.literal(1)).where(cb.not(admin.within(cb, scope)));
			return cb.not(cb.exists(outside));
		};
	}

	/** Username or display name starting with the text (prefix indexes of V8); everything when blank. */
	static Specification<Account> matching(String text) {
		String prefix = text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		if (prefix.isEmpty()) {
			return (root, query, cb) -> cb.conjunction();
		}
		return (root, query, cb) -> cb.or(cb.like(root.get("username"), prefix + "%", '\\'),
				cb.like(cb.lower(root.get("displayName")), prefix + "%", '\\'));
	}
}
