package app.spotter.server;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering as it holds today, checked on the compiled main classes of shared/, client/ and server/ (this test's
 * class path holds all three): a rule broken by a new class fails here with the class and the dependency.
 */
class LayeringTest {
    private static final String[] CLIENT_OR_SERVER = {"app.spotter.client..", "app.spotter.server.."};
    // A class named ...View, or one inside it (an anonymous class there is the view's code as much as a lambda is).
    private static final DescribedPredicate<JavaClass> A_VIEW_OR_INSIDE_ONE = describe("a view or a class inside one",
            javaClass -> {
                for (Optional<JavaClass> c = Optional.of(javaClass); c.isPresent(); c = c.get().getEnclosingClass()) {
                    if (c.get().getSimpleName().endsWith("View")) {
                        return true;
                    }
                }
                return false;
            });
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        // Only the three modules' own folders or JARs: scanning the whole class path for the package is slow.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importUrls(List.of(home("app.spotter.session.WorkoutSession"),
                        home("app.spotter.client.SpotterClient"), home("app.spotter.server.Main")));
    }

    private static URL home(String className) {
        try {
            return Class.forName(className, false, LayeringTest.class.getClassLoader()).getProtectionDomain()
                    .getCodeSource().getLocation();
        } catch (ClassNotFoundException e) {
            throw new AssertionError(className + " is not on the test class path", e);
        }
    }

    @Test
    void sharedUsesNoPlatform() {
        noClasses().that(resideInAPackage("app.spotter..").and(not(resideInAnyPackage(CLIENT_OR_SERVER))))
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.jdbi..", "java.sql..",
                        "org.teavm..", "java.time..", "java.util.regex..", "java.util.concurrent..",
                        "org.eclipse.jetty..", "app.spotter.client..", "app.spotter.server..")
                .because("shared/ is compiled for the browser too: no server, browser, clock or regex API")
                .check(classes);
    }

    @Test
    void sharedStartsNoThreadsAndReadsNoClockOrRandomness() {
        noClasses().that(resideInAPackage("app.spotter..").and(not(resideInAnyPackage(CLIENT_OR_SERVER))))
                .should().dependOnClassesThat().haveFullyQualifiedName(Thread.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.util.Random.class.getName())
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(String.class, "format", String.class, Object[].class)
                .because("time and ids come in as arguments, and String.format bloats the browser bundle")
                .check(classes);
    }

    @Test
    void theClientUsesNoServerLibraryAndNoClockOrRegexApi() {
        noClasses().that().resideInAPackage("app.spotter.client..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.jdbi..", "java.sql..",
                        "java.time..", "java.util.regex..", "app.spotter.server..")
                .check(classes);
    }

    @Test
    void browserCodeCallsNoStringMethodThatCompilesARegularExpression() {
        noClasses().that(resideInAPackage("app.spotter..").and(not(resideInAPackage("app.spotter.server.."))))
                .should().callMethod(String.class, "split", String.class)
                .orShould().callMethod(String.class, "split", String.class, int.class)
                .orShould().callMethod(String.class, "replaceAll", String.class, String.class)
                .orShould().callMethod(String.class, "replaceFirst", String.class, String.class)
                .orShould().callMethod(String.class, "matches", String.class)
                .because("each brings java.util.regex into the browser bundle (about 29 KB gzipped); use Split")
                .check(classes);
    }

    @Test
    void outsideClientPlatformTheBrowserIsReachedOnlyThroughTheDom() {
        // Storage, XHR, timers, window and @JSBody natives stay behind client.platform's interfaces; views still
        // build DOM nodes directly (org.teavm.jso.dom), but write nothing to storage (the rule after this one).
        // client.build holds steps of the TeaVM compile itself (its model API), never part of the bundle.
        noClasses().that().resideInAPackage("app.spotter.client..")
                .and().resideOutsideOfPackage("app.spotter.client.platform..")
                .and().resideOutsideOfPackage("app.spotter.client.build..")
                .should().dependOnClassesThat(resideInAPackage("org.teavm..")
                        .and(not(resideInAPackage("org.teavm.jso.dom.."))))
                .check(classes);
    }

    @Test
    void viewsDrawStateButNeverWriteItToTheDevice() {
        // The store by name, as home() names its classes: this module depends on the client only at runtime.
        noClasses().that(resideInAPackage("app.spotter.client..").and(A_VIEW_OR_INSIDE_ONE))
                .should().callMethodWhere(target(declaredIn(assignableTo("app.spotter.client.platform.KeyValueStore")))
                        .and(target(nameMatching("put|putJoined|remove"))))
                .because("a view draws what its controller or store holds: the write to localStorage belongs to "
                        + "that owner, where the JVM tests see it")
                .check(classes);
    }

    @Test
    void serverStoresKnowNothingOfHttp() {
        noClasses().that().resideInAPackage("app.spotter.server..")
                .and().haveSimpleNameEndingWith("Store").or().haveSimpleNameEndingWith("Queries")
                .or().haveSimpleName("WorkoutLog").or().haveSimpleName("DataTransfer").or().haveSimpleName("Accounts")
                .or().haveSimpleName("SignIns").or().resideInAPackage("app.spotter.server.db..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .because("storage is tested and reused without a web server")
                .check(classes);
    }

    @Test
    void theServerNeverCallsTheClientsJavaCode() {
        noClasses().that().resideInAPackage("app.spotter.server..")
                .should().dependOnClassesThat().resideInAPackage("app.spotter.client..")
                .because("the server JAR ships only the client's compiled webroot, not its classes")
                .check(classes);
    }
}
