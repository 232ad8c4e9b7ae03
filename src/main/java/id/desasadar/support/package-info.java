/**
 * What every feature module shares: the one error format of the API (problem JSON with a stable code),
 * the exceptions that produce it, and the paging shape.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {}, type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@id.desasadar.support.OwnsTables({ "shedlock" })
package id.desasadar.support;
