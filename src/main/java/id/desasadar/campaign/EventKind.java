package id.desasadar.campaign;

public enum EventKind {
	FESTIVAL, SOCIALIZATION, DOOR_TO_DOOR, MEETING, OTHER
}
