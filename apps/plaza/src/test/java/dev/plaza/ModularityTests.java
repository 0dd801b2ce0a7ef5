package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Modules use each other only through their published root packages, and only the modules they
 * declare in their {@code package-info.java} ({@code @ApplicationModule(allowedDependencies = …)}).
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(PlazaApplication.class);

	/**
	 * Not held to it: the engines the scaled-mode tests start (on the class path, not Plaza's domain),
	 * and catalog until its split into venues, products, media and search lands.
	 */
	static final Set<String> NOT_DECLARING = Set.of("engines");

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * A module that declares nothing may use any other module's API: {@link #modulesRespectTheirBoundaries()}
	 * then only keeps it out of their internals and out of cycles. Every module but the shared platform and the open simulators declares,
	 * so a dependency nobody declared fails the build.
	 */
	@Test
	void everyModuleDeclaresTheModulesItMayUse() {
		List<String> undeclared = modules.stream()
			.filter(module -> !module.isOpen() && !modules.getSharedModules().contains(module))
			.filter(module -> !declaresItsDependencies(module))
			.map(module -> module.getIdentifier().toString())
			.toList();

		assertThat(undeclared).as("modules without allowedDependencies").isSubsetOf(NOT_DECLARING);
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

	private static boolean declaresItsDependencies(ApplicationModule module) {
		try {
			Class<?> packageInfo = Class.forName(module.getBasePackage().getName() + ".package-info");
			org.springframework.modulith.ApplicationModule declared = packageInfo
				.getAnnotation(org.springframework.modulith.ApplicationModule.class);
			return declared != null && !Arrays.asList(declared.allowedDependencies())
				.contains(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
		}
		catch (ClassNotFoundException noPackageInfo) {
			return false;
		}
	}
}
