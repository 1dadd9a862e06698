package org.yiwang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yiwang.common.web.PathAccess;
import org.yiwang.support.PlatformTest;

/**
 * Deny by default, checked: every handler of an administrative page or of the signed-in API states the
 * permission it needs, unless it is one of the few that anyone may use.
 */
@PlatformTest
class EveryEndpointIsGuardedIT {

    /** Reading these is public information: the calendar and the organization (modules add their own). */
    static final Set<String> OPEN_READS = Set.of("/api/v1/calendar/", "/api/v1/organization/");
    /** Signing in, registering and checking a number need no account. */
    static final Set<String> OPEN_WRITES = Set.of("/api/v1/auth/login", "/api/v1/auth/second-factor",
            "/api/v1/identity/citizens", "/api/v1/validation/");

    /** What the modules above identity declared open for themselves. */
    @Autowired
    ObjectProvider<PathAccess> modules;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_admin_and_api_handler_demands_a_permission() {
        List<String> openReads = new ArrayList<>(OPEN_READS);
        List<String> openWrites = new ArrayList<>(OPEN_WRITES);
        modules.orderedStream().forEach(module -> {
            openReads.addAll(module.openReads());
            openWrites.addAll(module.openWrites());
        });
        List<String> unguarded = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String path : info.getPatternValues()) {
                boolean guardedPath = path.startsWith("/admin") || path.startsWith("/api/v1/") || path.startsWith("/me")
                        || path.startsWith("/workbench");
                String methods = info.getMethodsCondition().getMethods().toString();
                boolean open = methods.equals("[GET]") && openReads.stream().anyMatch(path::startsWith)
                        || methods.equals("[POST]") && openWrites.stream().anyMatch(path::startsWith);
                if (guardedPath && !open && !hasPreAuthorize(handler)) {
                    unguarded.add(info.getMethodsCondition() + " " + path + " -> " + handler);
                }
            }
        });
        assertThat(unguarded).isEmpty();
    }

    private static boolean hasPreAuthorize(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
    }
}
