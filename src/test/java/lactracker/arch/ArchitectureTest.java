package lactracker.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of DEVELOPERS.md, held by the build: ui and cli -> app -> store/io -> domain.
 * Plain Jupiter tests over ArchUnit's core (its JUnit 5 engine found no tests on this JUnit platform,
 * silently), so a rule that stops running fails here instead of vanishing.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("lactracker");
        assertThat(classes.containPackage("lactracker.domain")).isTrue();
        assertThat(classes.containPackage("lactracker.store")).isTrue();
    }

    private static final ArchRule layersPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Launcher").definedBy("lactracker")
            .layer("Ui").definedBy("lactracker.ui..")
            .layer("Cli").definedBy("lactracker.cli..")
            .layer("App").definedBy("lactracker.app..")
            .layer("Store").definedBy("lactracker.store..")
            .optionalLayer("Io").definedBy("lactracker.io..") // empty until the importers arrive
            .layer("Domain").definedBy("lactracker.domain..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Launcher", "Ui", "Cli")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Io").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Launcher", "Ui", "Cli", "App", "Store", "Io");

    private static final ArchRule domainUsesOnlyTheJdkCore = classes().that().resideInAPackage("lactracker.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "lactracker.domain..", "java.lang..", "java.util..", "java.time..", "java.math..", "java.text..")
            .because("the rules are plain Java: no JavaFX, jOOQ, Jackson, SQL or I/O");

    private static final ArchRule onlyTheStoreTouchesJooq = noClasses().that().resideOutsideOfPackage("lactracker.store..")
            .should().dependOnClassesThat().resideInAPackage("org.jooq..")
            .because("repositories return domain records, never jOOQ records");

    private static final ArchRule onlyTheStoreTouchesJdbc = noClasses().that().resideOutsideOfPackage("lactracker.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..");

    private static final ArchRule onlyInputOutputMakesPdfs = noClasses().that().resideOutsideOfPackage("lactracker.io..")
            .should().dependOnClassesThat().resideInAnyPackage("com.openhtmltopdf..", "org.apache.pdfbox..")
            .because("documents are made in one place (decision 0022), as workbooks are");

    private static final ArchRule nothingButTheCommandLineWritesToStandardOutput = noClasses()
            .that().resideOutsideOfPackage("lactracker.cli..")
            .and().doNotHaveFullyQualifiedName("lactracker.Launcher")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the window logs through SLF4J; standard output belongs to the command line");

    private static final ArchRule viewModelsHoldNoNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
            .because("view models are tested without a window");

    @Test
    void layersPointOneWay() {
        layersPointOneWay.check(classes);
    }

    @Test
    void onlyInputOutputMakesPdfs() {
        onlyInputOutputMakesPdfs.check(classes);
    }

    @Test
    void domainUsesOnlyTheJdkCore() {
        domainUsesOnlyTheJdkCore.check(classes);
    }

    @Test
    void onlyTheStoreTouchesJooq() {
        onlyTheStoreTouchesJooq.check(classes);
    }

    @Test
    void onlyTheStoreTouchesJdbc() {
        onlyTheStoreTouchesJdbc.check(classes);
    }

    @Test
    void nothingButTheCommandLineWritesToStandardOutput() {
        nothingButTheCommandLineWritesToStandardOutput.check(classes);
    }

    @Test
    void viewModelsHoldNoNodes() {
        viewModelsHoldNoNodes.check(classes);
    }

    /** No two screens lean on each other: a screen may open another, never the other way round too. */
    private static final ArchRule screensHaveNoCycles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition
            .slices().matching("lactracker.ui.(*)..").should().beFreeOfCycles()
            .because("a cycle between screen packages makes neither movable on its own");

    @Test
    void screenPackagesHaveNoCycles() {
        screensHaveNoCycles.check(classes);
    }

    /**
     * Issue 20, the stored copies fresh by construction: a store class that writes rows through jOOQ holds
     * the audit trail, which notes the changed child in the write's own transaction. Only the trail itself
     * and the copies' own repository write without it.
     */
    private static final ArchRule everyWriterHoldsTheAuditTrail = classes().that().resideInAPackage("lactracker.store")
            .and().doNotHaveSimpleName("AuditTrail").and().doNotHaveSimpleName("CaseloadRepository")
            .and().doNotHaveSimpleName("AuditSeal") // writes only the audit trail's own seal
            .and(new com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>(
                    "write rows through jOOQ") {
                @Override
                public boolean test(com.tngtech.archunit.core.domain.JavaClass c) {
                    return c.getMethodCallsFromSelf().stream().anyMatch(call ->
                            call.getTargetOwner().isAssignableTo(org.jooq.DSLContext.class)
                                    && java.util.Set.of("insertInto", "update", "deleteFrom", "mergeInto", "batchInsert",
                                            "batchStore", "batchUpdate", "batchDelete", "batch", "truncate")
                                            .contains(call.getName()));
                }
            })
            .should().dependOnClassesThat().haveSimpleName("AuditTrail")
            .because("a write that does not note its child leaves that child's stored copy stale");

    @Test
    void everyWriterHoldsTheAuditTrail() {
        everyWriterHoldsTheAuditTrail.check(classes);
    }
}
