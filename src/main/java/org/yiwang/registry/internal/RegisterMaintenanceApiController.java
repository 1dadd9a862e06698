package org.yiwang.registry.internal;

import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.registry.ChangeSource;
import org.yiwang.registry.EntityId;
import org.yiwang.registry.EntityInput;
import org.yiwang.registry.LegalEntityRegister;
import org.yiwang.registry.PersonId;
import org.yiwang.registry.PersonInput;
import org.yiwang.registry.PopulationRegister;

/** The supplying departments keep the registers up to date; their department answers for each change. */
@RestController
@RequestMapping("/api/v1/registry")
@PreAuthorize("hasAuthority('registry:maintain')")
class RegisterMaintenanceApiController {

    private final PopulationRegister population;
    private final LegalEntityRegister entities;

    RegisterMaintenanceApiController(PopulationRegister population, LegalEntityRegister entities) {
        this.population = population;
        this.entities = entities;
    }

    @PostMapping("/persons")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> registerPerson(@RequestBody PersonInput input) {
        return Map.of("personId", population.register(input, ChangeSource.currentStaff()).value());
    }

    @PutMapping("/persons/{id}")
    Map<String, Set<String>> updatePerson(@PathVariable long id, @RequestBody PersonInput input) {
        return Map.of("changedFields", population.update(new PersonId(id), input, ChangeSource.currentStaff()));
    }

    @PostMapping("/entities")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> registerEntity(@RequestBody EntityInput input) {
        return Map.of("entityId", entities.register(input, ChangeSource.currentStaff()).value());
    }

    @PutMapping("/entities/{id}")
    Map<String, Set<String>> updateEntity(@PathVariable long id, @RequestBody EntityInput input) {
        return Map.of("changedFields", entities.update(new EntityId(id), input, ChangeSource.currentStaff()));
    }
}
