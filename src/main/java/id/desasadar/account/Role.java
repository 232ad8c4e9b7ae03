package id.desasadar.account;

/** The four roles of api.md, Access. */
public enum Role {

	/** Everything in scope, plus accounts. */
	ADMIN,
	/** Reads everything in scope; manages campaigns, designations and rates. */
	MANAGER,
	/** Registers workers, enrollments, payments, events and imports in scope. */
	STAFF,
	/** Reads its village(s) and edits its village profile. */
	VILLAGE_HEAD;

	public String authority() {
		return "ROLE_" + name();
	}
}
