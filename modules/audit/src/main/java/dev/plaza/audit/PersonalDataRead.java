package dev.plaza.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET handler whose answer holds personal data (a customer's e-mail, a recipient list): each
 * successful call by a person (staff, with a person's token) is recorded in the tenant's audit chain, as
 * action {@code personal-data.read}, with the resource the path names and the reader. Programs' reads (API
 * clients) are not recorded.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonalDataRead {

	/** The kind of resource read, such as {@code order} or {@code campaign}. */
	String resource();
}
