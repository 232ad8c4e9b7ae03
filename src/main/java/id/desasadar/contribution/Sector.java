package id.desasadar.contribution;

/**
 * The sector a worker earns a living in. It matters to contributions because discounts are given by
 * sector: PP 50/2025 favours transport (drivers and couriers).
 */
public enum Sector {
	AGRICULTURE, FISHERY, TRADE, TRANSPORT, SERVICES, MANUFACTURING, OTHER
}
