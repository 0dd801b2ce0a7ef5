package dev.plaza;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTests {

	static final JavaClasses plaza = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.plaza");

	private static final Pattern MODULE_WEB = Pattern.compile("dev\\.plaza\\.(\\w+)\\.web(\\..*)?");

	@Test
	void domainCodeKnowsNoFramework() {
		noClasses().that()
			.resideInAPackage("..domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..", "tools.jackson..", "com.fasterxml..", "java.sql..")
			.check(plaza);
	}

	/**
	 * Every business module keeps one shape: its published API at the root, then only domain, web,
	 * application, persistence, jobs and remote, or an adapter named after what it wraps.
	 */
	@Test
	void businessModulesKeepTheHouseShape() {
		classes().that()
			.resideInAnyPackage("dev.plaza.(*)..")
			.and()
			.resideOutsideOfPackages("dev.plaza.platform..", "dev.plaza.sims..", "dev.plaza.devmail..",
					"dev.plaza.engines..")
			.and()
			.resideOutsideOfPackage("dev.plaza")
			.should()
			.resideInAnyPackage("dev.plaza.*", "dev.plaza.*.domain..", "dev.plaza.*.web..", "dev.plaza.*.application..",
					"dev.plaza.*.persistence..", "dev.plaza.*.jobs..", "dev.plaza.*.remote..", "dev.plaza.search.lucene..",
					"dev.plaza.search.opensearch..", "dev.plaza.payments.processor..", "dev.plaza.notifications.mail..",
					"dev.plaza.onboarding.kyb..", "dev.plaza.rules.cel..", "dev.plaza.lending.bureau..")
			.check(plaza);
	}

	@Test
	void everyApiEndpointDeclaresTheScopeItNeeds() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(RestController.class)
			.and()
			.areAnnotatedWith(RequestMapping.class)
			.or()
			.areMetaAnnotatedWith(RequestMapping.class)
			.and()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(RestController.class)
			.should()
			.beAnnotatedWith(PreAuthorize.class)
			.orShould()
			.beDeclaredInClassesThat()
			.areAnnotatedWith(PreAuthorize.class)
			.check(plaza);
	}

	/**
	 * A handler that picks its status in code says which in the API description: without it the
	 * description promises a 200 the handler may never send. Controllers kept out of the
	 * description ({@code @Hidden}) promise nothing.
	 */
	@Test
	void everyEndpointChoosingItsStatusInCodeDeclaresIt() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(RestController.class)
			.and()
			.areMetaAnnotatedWith(RequestMapping.class)
			.and()
			.haveRawReturnType(ResponseEntity.class)
			.and()
			.areDeclaredInClassesThat()
			.areNotAnnotatedWith(Hidden.class)
			.should()
			.beAnnotatedWith(ApiResponse.class)
			.orShould()
			.beAnnotatedWith(ApiResponses.class)
			.check(plaza);
	}

	/**
	 * Dependencies point inwards: a module's {@code web} package binds HTTP to the application, and
	 * nothing else in the module (nor any other module) leans on its request records, controllers or
	 * filters. Exempt are the shared kernel's web package, which is platform API, and configuration
	 * classes, which assemble a module's parts (a security filter chain from the web filters).
	 */
	@Test
	void nothingOutsideAModulesWebPackageUsesIt() {
		classes().that()
			.resideInAPackage("dev.plaza..")
			.and()
			.areNotAnnotatedWith(Configuration.class)
			.should(useNoWebTypesOfAModuleFromOutsideThem())
			.check(plaza);
	}

	/** Repositories read and write rows; what happened is announced by the service that called them. */
	@Test
	void persistencePublishesNoEvents() {
		noClasses().that()
			.resideInAPackage("..persistence..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(ApplicationEventPublisher.class)
			.check(plaza);
	}

	private static ArchCondition<JavaClass> useNoWebTypesOfAModuleFromOutsideThem() {
		return new ArchCondition<>("use no module's web types from outside that web package") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					Matcher target = MODULE_WEB.matcher(dependency.getTargetClass().getPackageName());
					if (!target.matches() || target.group(1).equals("platform")) {
						continue;
					}
					String web = "dev.plaza." + target.group(1) + ".web";
					String from = origin.getPackageName();
					if (!from.equals(web) && !from.startsWith(web + ".")) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}
}
