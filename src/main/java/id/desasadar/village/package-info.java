/**
 * Villages: the profile a village head keeps, the village's figures, the Desa Sadar checklist and the
 * designation (domain.md, Desa Sadar designation).
 */
package id.desasadar.village;
