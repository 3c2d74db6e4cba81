package app.spotter.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import app.spotter.server.auth.ApiRoutes;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One way to add a route (issue 13): only {@link ApiRoutes}, which demands an access, registers endpoints. */
class RouteDeclarationRuleTest {
    private static final Set<String> ROUTING_APIS = Set.of("io.javalin.config.RoutesConfig",
            "io.javalin.router.JavalinDefaultRoutingApi", "io.javalin.Javalin");
    private static final Set<String> ENDPOINT_METHODS = Set.of("get", "post", "put", "patch", "delete", "head",
            "options", "query", "addHttpHandler", "addEndpoint", "sse");

    @Test
    void noClassButApiRoutesRegistersAnEndpoint() throws Exception {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importUrls(List.of(Main.class.getProtectionDomain().getCodeSource().getLocation()));
        DescribedPredicate<JavaMethodCall> registersAnEndpoint = DescribedPredicate.describe(
                "register an endpoint on Javalin's routing API", call ->
                        ROUTING_APIS.contains(call.getTargetOwner().getName())
                                && ENDPOINT_METHODS.contains(call.getName()));
        noClasses().that().doNotHaveFullyQualifiedName(ApiRoutes.class.getName())
                .should().callMethodWhere(registersAnEndpoint)
                .because("a route declared beside ApiRoutes would carry no access and skip the guard")
                .check(classes);
    }
}
