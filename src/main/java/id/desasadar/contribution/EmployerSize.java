package id.desasadar.contribution;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The size of a wage earner's employer, which decides the programs the employer must register (Perpres 109/2013). */
public enum EmployerSize {

	MICRO(EnumSet.of(Program.JKK, Program.JKM)),
	SMALL(EnumSet.of(Program.JKK, Program.JKM, Program.JHT)),
	MEDIUM(EnumSet.allOf(Program.class)),
	LARGE(EnumSet.allOf(Program.class));

	private final Set<Program> requiredPrograms;

	EmployerSize(Set<Program> requiredPrograms) {
		this.requiredPrograms = Collections.unmodifiableSet(requiredPrograms);
	}

	/** The programs a PU worker of such an employer must have; others may be added. */
	public Set<Program> requiredPrograms() {
		return requiredPrograms;
	}
}
