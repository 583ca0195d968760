package eu.hub.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The plugin boundary, proved on the bytecode: the bundled plugins use nothing of the Hub but its
 * API, and the API uses nothing but the JDK.
 */
class PluginArchitectureTest {

  static final JavaClasses PLUGINS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("eu.hub.plugins");

  static final JavaClasses API =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("eu.hub.api");

  @Test
  void bothBundledPluginsAreOnTheClassPathToBeChecked() {
    assertThat(PLUGINS.stream().map(JavaClass::getSimpleName))
        .contains("EventCalendarPlugin", "SkillsCataloguePlugin");
  }

  @Test
  void pluginsUseNothingOfTheHubButItsApi() {
    classes()
        .that()
        .resideInAPackage("eu.hub.plugins..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("eu.hub.api..", "eu.hub.plugins..", "java..")
        .because("a plugin is built against hub-api only and sees only it and the JDK at run time")
        .check(PLUGINS);
  }

  @Test
  void theApiUsesNothingButTheJdk() {
    classes()
        .that()
        .resideInAPackage("eu.hub.api..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("eu.hub.api..", "java..")
        .check(API);
  }
}
