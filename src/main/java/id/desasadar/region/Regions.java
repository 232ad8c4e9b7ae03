package id.desasadar.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The official regions, read-only. */
public interface Regions extends Repository<Region, String> {

	Optional<Region> findByCode(String code);

	List<Region> findByParentCodeOrderByCode(String parentCode);

	/** The regions of one level, by code (the provinces, for the first administrator's scopes). */
	List<Region> findByLevelOrderByCode(RegionLevel level);

	/**
	 * Regions of one level by the start of their name or code within the code range {@code [from, to)}, for the
	 * village suggestions of the registration form: the range keeps a regency's officer to the regency's
	 * villages, and the indexes region_name_idx and the primary key serve the prefix and the range.
	 */
	@Query("""
			select r from Region r
			where r.level = :level and (lower(r.name) like concat(:prefix, '%') or r.code like concat(:prefix, '%'))
			and r.code >= :from and r.code < :to
			order by r.name, r.code""")
	List<Region> findByNameOrCodeStart(String prefix, RegionLevel level, String from, String to, Limit limit);

	@Query("select r from Region r where r.code in :codes order by r.code")
	List<Region> findByCodes(List<String> codes);

	/**
	 * Name or code search among the regions under {@code code} (itself excluded), for the region page: the
	 * code range {@code [code, upperBound)} as in {@link RegionCode#upperBound()}; {@code namePrefix} is
	 * lower case, with {@code %}, {@code _} and {@code \\} escaped.
	 */
	@Query("""
			select r from Region r
			where r.code > :code and r.code < :upperBound
			  and (lower(r.name) like concat(:namePrefix, '%') escape '\\' or r.code like concat(:namePrefix, '%') escape '\\')
			order by r.level, r.code""")
	Page<Region> searchUnder(String code, String upperBound, String namePrefix, Pageable pageable);

	/** The villages under a region, in code order (the village choice of a form). */
	@Query("""
			select r from Region r
			where r.code >= :code and r.code < :upperBound and r.level = id.desasadar.region.RegionLevel.VILLAGE
			order by r.code""")
	List<Region> findVillagesUnder(String code, String upperBound, Pageable limit);

	/** The regions holding this one, from the province down (a breadcrumb); none for a province. */
	default List<Region> findAncestors(String code) {
		List<String> codes = new ArrayList<>();
		for (RegionLevel level : RegionLevel.values()) {
			if (code.length() > level.codeLength()) {
				codes.add(code.substring(0, level.codeLength()));
			}
		}
		return codes.isEmpty() ? List.of() : findByCodes(codes);
	}

	default Optional<Region> findVillage(String code) {
		return findByCode(code).filter(Region::isVillage);
	}
}
