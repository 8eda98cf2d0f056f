package org.wechatdesk.standin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The stand-in plays WeChat for the demo and the tests; the desk itself must never call it. */
class StandInBoundaryTest {

  @Test
  void onlyTheDemoUsesTheStandIn() {
    JavaClasses main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wechatdesk");

    noClasses()
        .that()
        .resideOutsideOfPackages("org.wechatdesk.standin..", "org.wechatdesk.demo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.wechatdesk.standin..")
        .check(main);
  }
}
