package org.tidtam;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of the architecture, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "org.tidtam", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  private static final String[] CORE = {
    "org.tidtam.form..",
    "org.tidtam.validation..",
    "org.tidtam.template..",
    "org.tidtam.thai..",
    "org.tidtam.catalog..",
    "org.tidtam.i18n..",
    "org.tidtam.testkit..",
    "org.tidtam.report.."
  };

  @ArchTest
  static final ArchRule coreKnowsNoFrameworkAndNoApplication =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "com.vaadin..", "org.tidtam.app..")
          .because("core is a plain library that the command line and any host can use");

  @ArchTest
  static final ArchRule pluginsUseOnlyThePublicApi =
      noClasses()
          .that()
          .resideInAPackage("org.tidtam.forms..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..internal..", "org.tidtam.app..")
          .because("a form plugin sees only the form SPI, never the host's internals");

  @ArchTest
  static final ArchRule noCyclesBetweenTopLevelPackages =
      slices().matching("org.tidtam.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noCyclesBetweenApplicationFeatures =
      slices().matching("org.tidtam.app.(*)..").should().beFreeOfCycles();
}
