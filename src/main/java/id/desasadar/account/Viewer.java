package id.desasadar.account;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import id.desasadar.region.RegionCode;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/**
 * The signed-in account as the features see it: its role and the regions it may see. A record belongs to
 * the village of its worker or event, and is visible when that village lies under one of the scopes
 * (api.md, Access). Controllers take it as a parameter. Serializable: a page session keeps it in PostgreSQL
 * (Spring Session JDBC), inside the signed-in {@link AccountPrincipal}.
 */
public record Viewer(String username, Role role, List<RegionCode> scopes) implements Serializable {

	public Viewer {
		scopes = List.copyOf(scopes);
	}

	/** Whether the village (or any region) lies under one of the scopes. */
	public boolean sees(String regionCode) {
		return scopes.stream().anyMatch(scope -> scope.contains(regionCode));
	}

	/** Whether the region and the scopes meet: the region lies under a scope or holds one (campaigns). */
	public boolean overlaps(String regionCode) {
		return regionCode != null && scopes.stream()
			.anyMatch(scope -> scope.contains(regionCode) || new RegionCode(regionCode).contains(scope.value()));
	}

	public boolean is(Role... roles) {
		for (Role candidate : roles) {
			if (candidate == role) {
				return true;
			}
		}
		return false;
	}

	/** The full NIK is for those who register and correct workers; others see it masked (UU 27/2022). */
	public boolean seesFullNik() {
		return is(Role.ADMIN, Role.STAFF);
	}

	/**
	 * Whether incomes, and every amount from which one can be derived (contributions, their breakdown by
	 * program, discounts, payment amounts, an event's sum), are shown: not to a village head, who sees whether
	 * a worker paid and for which months, not how much (issue #16; docs/security.md, Incomes).
	 */
	public boolean seesIncome() {
		return !is(Role.VILLAGE_HEAD);
	}

	/**
	 * The JPA predicate "this region code column lies under one of the scopes", as code ranges that a btree
	 * index serves. The one way every list filters by scope.
	 */
	public Predicate within(CriteriaBuilder cb, Expression<String> regionCode) {
		List<Predicate> ranges = new ArrayList<>();
		for (RegionCode scope : scopes) {
			ranges.add(cb.and(cb.greaterThanOrEqualTo(regionCode, scope.value()),
					cb.lessThan(regionCode, scope.upperBound())));
		}
		return cb.or(ranges.toArray(Predicate[]::new));
	}
}
