package org.yiwang.identity.internal;

import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.identity.AccountPrincipal;

@RestController
@RequestMapping("/api/v1/identity")
class RegistrationApiController {

    private final RegistrationService registrations;

    RegistrationApiController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    /** A citizen registers under his real name; he then signs in with his ID number. */
    @PostMapping("/citizens")
    ResponseEntity<Map<String, Object>> registerCitizen(@RequestBody RegistrationService.CitizenForm form) {
        long id = registrations.registerCitizen(form);
        return ResponseEntity.created(URI.create("/api/v1/identity/accounts/" + id)).body(Map.of("accountId", id));
    }

    /** A signed-in citizen registers the enterprise of which he is the legal representative. */
    @PostMapping("/enterprises")
    @PreAuthorize("hasRole('CITIZEN')")
    ResponseEntity<Map<String, Object>> registerEnterprise(@AuthenticationPrincipal AccountPrincipal representative,
            @RequestBody RegistrationService.EnterpriseForm form) {
        long id = registrations.registerEnterprise(representative.accountId(), form);
        return ResponseEntity.created(URI.create("/api/v1/identity/accounts/" + id)).body(Map.of("accountId", id));
    }
}
