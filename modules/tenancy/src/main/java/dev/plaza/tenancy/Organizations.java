package dev.plaza.tenancy;

import java.util.List;

/** Founds organizations for other modules, such as onboarding bringing businesses in by the thousand. */
public interface Organizations {

	/**
	 * The organization with this slug and its three environment tenants, founded now unless it exists:
	 * calling it again with the same slug (after a retry or a crash) finds the same organization and
	 * changes nothing, whatever the name. Call it in the platform scope.
	 *
	 * @param slug 2 to 40 lowercase letters, digits or inner hyphens
	 * @param name 1 to 200 characters
	 * @return its tenants, demo first and production last
	 * @throws IllegalArgumentException if the slug is not one
	 */
	List<Tenant> found(String slug, String name);
}
