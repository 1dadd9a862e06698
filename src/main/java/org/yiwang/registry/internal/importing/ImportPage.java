package org.yiwang.registry.internal.importing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;

/** The keepers' page: upload a CSV file into a register, see recent imports and each one's rejection report. */
@Controller
@RequestMapping("/admin/registry/imports")
@PreAuthorize("hasAuthority('registry:import')")
class ImportPage {

    private final ImportService imports;
    private final ImportRecords records;
    private final MessageSource messages;

    ImportPage(ImportService imports, ImportRecords records, MessageSource messages) {
        this.imports = imports;
        this.records = records;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        return page(model, Map.of());
    }

    @PostMapping
    String upload(@RequestParam(defaultValue = "") String register, @RequestParam(defaultValue = "") String mode,
            @RequestParam(defaultValue = "UTF-8") String encoding, @RequestParam(required = false) MultipartFile file,
            Principal principal, Model model, HttpServletResponse response, Locale locale) throws IOException {
        try {
            if (!imports.knows(register)) {
                throw RuleViolationException.of("register", "import.register.unknown", register);
            }
            if (!mode.equals("ALL_OR_NOTHING") && !mode.equals("GOOD_ROWS")) {
                throw RuleViolationException.of("mode", "import.mode.required");
            }
            if (file == null || file.isEmpty()) {
                throw RuleViolationException.of("file", "import.file.required");
            }
            ImportResult run = imports.run(register, ImportMode.valueOf(mode), encoding, file.getOriginalFilename(),
                    principal.getName(), file.getInputStream(), locale);
            return "redirect:/admin/registry/imports/" + run.id();
        } catch (RuleViolationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(model, FormErrors.of(e, messages, locale));
        }
    }

    @GetMapping("/{id}")
    String report(@PathVariable long id, Model model) {
        ImportResult run = records.find(id).orElseThrow(() -> ImportNotFound.run(id));
        model.addAttribute("run", run);
        model.addAttribute("rejections", records.rejections(id, ImportApiController.REPORT_ROWS));
        return "registry/import";
    }

    private String page(Model model, Map<String, String> errors) {
        model.addAttribute("registers", imports.registers());
        model.addAttribute("recent", records.recent(20));
        model.addAttribute("errors", errors);
        return "registry/imports";
    }
}
