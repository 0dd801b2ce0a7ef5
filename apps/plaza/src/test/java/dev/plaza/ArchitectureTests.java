package dev.plaza;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTests {

	static final JavaClasses plaza = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.plaza");

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
					"dev.plaza.search.opensearch..", "dev.plaza.payments.processor..", "dev.plaza.notifications.mail..")
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
}
