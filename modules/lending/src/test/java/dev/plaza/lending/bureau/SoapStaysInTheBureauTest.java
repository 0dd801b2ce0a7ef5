package dev.plaza.lending.bureau;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core never sees the bureau's protocol: SOAP and XML types stay in the bureau adapter. */
class SoapStaysInTheBureauTest {

	private static final JavaClasses lending = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.plaza.lending");

	@Test
	void noLendingPackageButTheBureauKnowsSoapOrXml() {
		noClasses().that()
			.resideInAPackage("dev.plaza.lending..")
			.and()
			.resideOutsideOfPackage("dev.plaza.lending.bureau..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.ws..", "org.springframework.xml..", "javax.xml..", "jakarta.xml..",
					"org.w3c.dom..", "org.xml.sax..")
			.check(lending);
	}
}
