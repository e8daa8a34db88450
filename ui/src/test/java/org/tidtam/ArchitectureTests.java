package org.tidtam;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
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
    "org.tidtam.schema..",
    "org.tidtam.submission..",
    "org.tidtam.document..",
    "org.tidtam.validation..",
    "org.tidtam.template..",
    "org.tidtam.thai..",
    "org.tidtam.catalog..",
    "org.tidtam.monitoring..",
    "org.tidtam.figures..",
    "org.tidtam.chart..",
    "org.tidtam.i18n..",
    "org.tidtam.report..",
    "org.tidtam.testkit.."
  };

  /** What a plugin may see of core: the SPI and the helpers for its rules, values and labels. */
  private static final String[] PLUGIN_FACING = {
    "org.tidtam.form..",
    "org.tidtam.validation..",
    "org.tidtam.catalog..",
    "org.tidtam.thai..",
    "org.tidtam.i18n..",
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
  static final ArchRule pluginsImportOnlyThePluginFacingPackagesOfCore =
      classes()
          .that()
          .resideInAPackage("org.tidtam.forms..")
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage(PLUGIN_FACING)
                  .or(resideInAPackage("org.tidtam.forms.."))
                  .or(resideOutsideOfPackage("org.tidtam..")))
          .because(
              "plugins see the form SPI; schema derivation, reading, storing and rendering are the"
                  + " host's");

  @ArchTest
  static final ArchRule noPluginImportsAnother =
      slices()
          .matching("org.tidtam.forms.(*)..")
          .should()
          .notDependOnEachOther()
          .because("forms exchange facts through core, never each other's classes");

  /**
   * The stages of a submission's life, in the order data flows through them; the figures (and their
   * charts) read the facts submissions state, for the application only.
   */
  @ArchTest
  static final ArchRule corePackagesFollowTheDataFlow =
      layeredArchitecture()
          .consideringOnlyDependenciesInAnyPackage("org.tidtam..")
          .withOptionalLayers(true)
          .layer("form")
          .definedBy("org.tidtam.form..")
          .layer("schema")
          .definedBy("org.tidtam.schema..")
          .layer("document")
          .definedBy("org.tidtam.document..")
          .layer("submission")
          .definedBy("org.tidtam.submission..")
          .layer("testkit")
          .definedBy("org.tidtam.testkit..")
          .layer("figures")
          .definedBy("org.tidtam.figures..", "org.tidtam.chart..")
          .layer("plugins")
          .definedBy("org.tidtam.forms..")
          .layer("app")
          .definedBy("org.tidtam.app..")
          .whereLayer("submission")
          .mayOnlyBeAccessedByLayers("testkit", "app")
          .whereLayer("document")
          .mayOnlyBeAccessedByLayers("submission", "testkit", "app")
          .whereLayer("schema")
          .mayOnlyBeAccessedByLayers("document", "submission", "testkit", "app")
          .whereLayer("figures")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("form")
          .mayOnlyBeAccessedByLayers(
              "schema", "document", "submission", "testkit", "figures", "plugins", "app");

  @ArchTest
  static final ArchRule noCyclesBetweenTopLevelPackages =
      slices().matching("org.tidtam.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noCyclesBetweenApplicationFeatures =
      slices().matching("org.tidtam.app.(*)..").should().beFreeOfCycles();
}
