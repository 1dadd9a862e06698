package org.yiwang.registry.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;
import org.yiwang.registry.ChangeSource;
import org.yiwang.registry.EntityId;
import org.yiwang.registry.EntityInput;
import org.yiwang.registry.EntityStatus;
import org.yiwang.registry.EntityType;
import org.yiwang.registry.Ethnicity;
import org.yiwang.registry.LegalEntityRegister;
import org.yiwang.registry.MaritalStatus;
import org.yiwang.registry.PersonId;
import org.yiwang.registry.PersonInput;
import org.yiwang.registry.PersonStatus;
import org.yiwang.registry.PopulationRegister;

/**
 * The keepers' pages: correct a person's or an entity's record (every broken rule shown beside its field, nothing
 * written until all are right), and the change history of a record, masked for readers without the full view.
 * Opening a record for editing reads it in the clear and is recorded in the data-use log as register maintenance.
 */
@Controller
class MaintenancePages {

    static final String MAINTENANCE = "维护基础信息库登记记录";
    private static final String KEEPER = "hasAuthority('registry:maintain') and hasAuthority('registry:read-full')";

    private final RegisterReading reading;
    private final HistoryReading history;
    private final PopulationRegister population;
    private final LegalEntityRegister entities;
    private final MessageSource messages;

    MaintenancePages(RegisterReading reading, HistoryReading history, PopulationRegister population,
            LegalEntityRegister entities, MessageSource messages) {
        this.reading = reading;
        this.history = history;
        this.population = population;
        this.entities = entities;
        this.messages = messages;
    }

    /** The choices of the forms' drop-down lists, as codes; the pages name them in the reader's language. */
    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("ethnicities", Arrays.stream(Ethnicity.values()).map(Ethnicity::code).toList());
        model.addAttribute("maritalStatuses", Arrays.stream(MaritalStatus.values()).map(MaritalStatus::code).toList());
        model.addAttribute("personStatuses", Arrays.stream(PersonStatus.values()).map(Enum::name).toList());
        model.addAttribute("entityTypes", Arrays.stream(EntityType.values()).map(Enum::name).toList());
        model.addAttribute("entityStatuses", Arrays.stream(EntityStatus.values()).map(Enum::name).toList());
    }

    @GetMapping("/registry/persons/{id}/edit")
    @PreAuthorize(KEEPER)
    String editPerson(@PathVariable long id, Authentication authentication, Model model) {
        PersonView p = reading.person(id, MAINTENANCE, Reader.of(authentication));
        model.addAttribute("personId", id);
        model.addAttribute("input", new PersonInput(p.idNumber(), p.name(), null, null, p.ethnicity(),
                p.householdDivision(), p.householdAddress(), p.currentAddress(), p.phone(), p.maritalStatus(),
                p.status()));
        model.addAttribute("errors", Map.of());
        return "registry/person-edit";
    }

    @PostMapping("/registry/persons/{id}/edit")
    @PreAuthorize(KEEPER)
    String savePerson(@PathVariable long id, @ModelAttribute PersonInput input, Model model,
            HttpServletResponse response, Locale locale) {
        try {
            population.update(new PersonId(id), input, ChangeSource.currentStaff());
            return "redirect:/registry/persons/" + id + "/history?saved";
        } catch (RuleViolationException e) {
            if (!e.status().is4xxClientError() || e.status() == HttpStatus.NOT_FOUND
                    || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.status().value());
            model.addAttribute("personId", id);
            model.addAttribute("input", input);
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return "registry/person-edit";
        }
    }

    @GetMapping("/registry/entities/{id}/edit")
    @PreAuthorize(KEEPER)
    String editEntity(@PathVariable long id, Authentication authentication, Model model) {
        EntityView e = reading.entity(id, MAINTENANCE, Reader.of(authentication));
        model.addAttribute("entityId", id);
        model.addAttribute("input", new EntityInput(e.creditCode(), e.name(), e.type(),
                e.legalRepresentativeIdNumber(), e.registeredCapital().toPlainString(), e.establishedOn().toString(),
                e.registrationAuthority(), e.domicileDivision(), e.domicileAddress(), e.businessScope(), e.status()));
        model.addAttribute("errors", Map.of());
        return "registry/entity-edit";
    }

    @PostMapping("/registry/entities/{id}/edit")
    @PreAuthorize(KEEPER)
    String saveEntity(@PathVariable long id, @ModelAttribute EntityInput input, Model model,
            HttpServletResponse response, Locale locale) {
        try {
            entities.update(new EntityId(id), input, ChangeSource.currentStaff());
            return "redirect:/registry/entities/" + id + "/history?saved";
        } catch (RuleViolationException e) {
            if (!e.status().is4xxClientError() || e.status() == HttpStatus.NOT_FOUND
                    || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.status().value());
            model.addAttribute("entityId", id);
            model.addAttribute("input", input);
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return "registry/entity-edit";
        }
    }

    @GetMapping("/registry/persons/{id}/history")
    @PreAuthorize("hasAnyAuthority('registry:read', 'registry:read-full')")
    String personHistory(@PathVariable long id, Authentication authentication, Model model) {
        model.addAttribute("subject", history.person(id, Reader.of(authentication)));
        model.addAttribute("kind", "persons");
        return "registry/history";
    }

    @GetMapping("/registry/entities/{id}/history")
    @PreAuthorize("hasAnyAuthority('registry:read', 'registry:read-full')")
    String entityHistory(@PathVariable long id, Authentication authentication, Model model) {
        model.addAttribute("subject", history.entity(id, Reader.of(authentication)));
        model.addAttribute("kind", "entities");
        return "registry/history";
    }
}
