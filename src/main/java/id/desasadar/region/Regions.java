package id.desasadar.region;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The official regions, read-only. */
public interface Regions extends Repository<Region, String> {

	Optional<Region> findByCode(String code);

	List<Region> findByParentCodeOrderByCode(String parentCode);

	List<Region> findByParentCodeIsNullOrderByCode();

	@Query("select r from Region r where r.code in :codes order by r.code")
	List<Region> findByCodes(List<String> codes);

	/** Name or code search, for the region browser; {@code namePrefix} is lower case. */
	@Query("""
			select r from Region r
			where lower(r.name) like concat(:namePrefix, '%') or r.code like concat(:namePrefix, '%')
			order by r.level, r.code""")
	Page<Region> search(String namePrefix, Pageable pageable);

	long count();

	default Optional<Region> findVillage(String code) {
		return findByCode(code).filter(Region::isVillage);
	}
}
