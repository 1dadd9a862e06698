package org.yiwang.registry.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;

/**
 * Staff pages of the registers. Lookups are posted, not put in the address, so that ID numbers and purposes
 * stay out of browser history and server logs.
 */
@Controller
@PreAuthorize("hasAnyAuthority('registry:read', 'registry:read-full')")
class RegistryPages {

    private final RegisterReading reading;
    private final MessageSource messages;

    RegistryPages(RegisterReading reading, MessageSource messages) {
        this.reading = reading;
        this.messages = messages;
    }

    @GetMapping("/registry/persons")
    String persons() {
        return "registry/persons";
    }

    @PostMapping("/registry/persons/lookup")
    String lookUpPerson(@RequestParam(required = false) String idNumber, @RequestParam(required = false) String purpose,
            Authentication authentication, Model model, Locale locale) {
        try {
            model.addAttribute("person", reading.person(idNumber, purpose, Reader.of(authentication)));
            return "registry/person";
        } catch (RuleViolationException e) {
            return refused("registry/persons", e, model, locale);
        }
    }

    @PostMapping("/registry/persons/search")
    @PreAuthorize("hasAuthority('registry:search')")
    String searchByName(@RequestParam(required = false) String name, @RequestParam(required = false) String purpose,
            Authentication authentication, Model model, Locale locale) {
        try {
            model.addAttribute("results", reading.personsNamed(name, purpose, Reader.of(authentication)));
            model.addAttribute("purpose", purpose);
            return "registry/persons";
        } catch (RuleViolationException e) {
            return refused("registry/persons", e, model, locale);
        }
    }

    @PostMapping("/registry/persons/{id}")
    @PreAuthorize("hasAuthority('registry:search')")
    String person(@PathVariable long id, @RequestParam(required = false) String purpose, Authentication authentication,
            Model model, Locale locale) {
        try {
            model.addAttribute("person", reading.person(id, purpose, Reader.of(authentication)));
            return "registry/person";
        } catch (RuleViolationException e) {
            return refused("registry/persons", e, model, locale);
        }
    }

    @GetMapping("/registry/entities")
    String entities() {
        return "registry/entities";
    }

    @PostMapping("/registry/entities/lookup")
    String lookUpEntity(@RequestParam(required = false) String creditCode,
            @RequestParam(required = false) String purpose, Authentication authentication, Model model, Locale locale) {
        try {
            model.addAttribute("entity", reading.entity(creditCode, purpose, Reader.of(authentication)));
            return "registry/entities";
        } catch (RuleViolationException e) {
            return refused("registry/entities", e, model, locale);
        }
    }

    private String refused(String page, RuleViolationException e, Model model, Locale locale) {
        model.addAttribute("errors", FormErrors.of(e, messages, locale));
        return page;
    }
}
