package org.yiwang.registry.internal;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.audit.ChainVerification;
import org.yiwang.registry.DataUseLog;

/**
 * The query API for other departments: every read states its purpose, is masked by the caller's permission
 * and leaves a data-use record.
 */
@RestController
@RequestMapping("/api/v1/registry")
class RegistryApiController {

    private final RegisterReading reading;
    private final DataUseLog dataUse;

    RegistryApiController(RegisterReading reading, DataUseLog dataUse) {
        this.reading = reading;
        this.dataUse = dataUse;
    }

    @GetMapping("/persons/{idNumber}")
    @PreAuthorize("hasAnyAuthority('registry:read', 'registry:read-full')")
    PersonView person(@PathVariable String idNumber, @RequestParam(required = false) String purpose,
            Authentication authentication) {
        return reading.person(idNumber, purpose, Reader.of(authentication));
    }

    @GetMapping("/persons")
    @PreAuthorize("hasAuthority('registry:search')")
    List<PersonView> personsNamed(@RequestParam(required = false) String name,
            @RequestParam(required = false) String purpose, Authentication authentication) {
        return reading.personsNamed(name, purpose, Reader.of(authentication));
    }

    @GetMapping("/entities/{creditCode}")
    @PreAuthorize("hasAnyAuthority('registry:read', 'registry:read-full')")
    EntityView entity(@PathVariable String creditCode, @RequestParam(required = false) String purpose,
            Authentication authentication) {
        return reading.entity(creditCode, purpose, Reader.of(authentication));
    }

    /** The audit administrator checks that no data-use record was changed or removed. */
    @GetMapping("/data-use/verify")
    @PreAuthorize("hasAuthority('audit:read')")
    ChainVerification verifyDataUse() {
        return dataUse.verify();
    }
}
