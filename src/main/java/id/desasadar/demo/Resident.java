package id.desasadar.demo;

/** A synthetic worker and their enrollment; {@code membership} is {@code null} for one registered only. */
record Resident(Person person, Membership membership) {
}
