/**
 * What every feature module shares: the one error format of the API (problem JSON with a stable code),
 * the exceptions that produce it, and the paging shape.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.desasadar.support;
