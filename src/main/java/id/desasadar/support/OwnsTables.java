package id.desasadar.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables a module owns, declared on its {@code package-info}: only the owner names them in SQL; another
 * module asks the owner through its API. {@code TableOwnershipTest} holds every table of the migrations to one
 * owner and fails on SQL that names another module's table (issue #20, "a module owns its tables").
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface OwnsTables {

	/** The tables, as the migrations name them. */
	String[] value();
}
