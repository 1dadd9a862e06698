package org.yiwang.registry.internal.synthetic;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;

/**
 * The system administrator's page for synthetic registers: choose what to generate, how many and with which seed,
 * and download the CSV file. Large runs belong on the command line ({@link GenerateSyntheticData}), so the page
 * stops at {@link #MAX_ROWS}.
 */
@Controller
@RequestMapping("/admin/registry/synthetic")
@PreAuthorize("hasAuthority('registry:generate')")
class SyntheticDataPage {

    static final long MAX_ROWS = 100_000;

    private final SyntheticData data;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final String provinceCode;

    SyntheticDataPage(SyntheticData data, AuditTrail audit, MessageSource messages,
            @Value("${yiwang.province-code}") String provinceCode) {
        this.data = data;
        this.audit = audit;
        this.messages = messages;
        this.provinceCode = provinceCode;
    }

    @GetMapping
    String show(Model model) {
        return page(model, "people", "1000", "42", "UTF-8", "10000", Map.of());
    }

    @PostMapping
    String generate(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String count,
            @RequestParam(defaultValue = "") String seed, @RequestParam(defaultValue = "UTF-8") String encoding,
            @RequestParam(defaultValue = "10000") String people, Model model, HttpServletResponse response, Locale locale) throws IOException {
        Long rows = number(count);
        Long seedValue = number(seed);
        Long peopleValue = number(people);
        Charset charset = "GB18030".equals(encoding) ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        Map<String, String> errors = new LinkedHashMap<>();
        if (!List.of("people", "entities", "parcels", "indicators").contains(kind)) {
            errors.put("kind", text("synthetic.error.kind", locale));
        }
        long limit = "indicators".equals(kind) ? 30 : MAX_ROWS;
        if (rows == null || rows < 1 || rows > limit) {
            errors.put("count", text("synthetic.error.count", locale, limit));
        }
        if (List.of("entities", "parcels").contains(kind) && (peopleValue == null || peopleValue < 1 || peopleValue > MAX_ROWS)) {
            errors.put("people", text("synthetic.error.count", locale, MAX_ROWS));
        }
        if (seedValue == null) {
            errors.put("seed", text("synthetic.error.seed", locale));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(model, kind, count, seed, encoding, people, errors);
        }
        response.setContentType("text/csv; charset=" + charset.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("synthetic-" + kind + "-" + rows + "-seed" + seedValue + ".csv").build().toString());
        audit.record("registry.synthetic.generate", "synthetic:" + kind, AuditOutcome.SUCCESS,
                rows + " rows, seed " + seedValue + ", " + charset.name());
        switch (kind) {
            case "people" -> data.writePeople(response.getOutputStream(), charset, provinceCode, rows, seedValue);
            case "entities" -> data.writeEntities(response.getOutputStream(), charset, provinceCode, rows,
                    peopleValue, seedValue);
            // the page's parcels are held by its people and by as many entities as a twentieth of them
            case "parcels" -> data.writeParcels(response.getOutputStream(), charset, provinceCode, rows, peopleValue,
                    Math.max(1, peopleValue / 20), seedValue);
            default -> data.writeIndicators(response.getOutputStream(), charset, provinceCode, rows.intValue(),
                    "ZJ-TJ", seedValue);
        }
        return null;
    }

    private String page(Model model, String kind, String count, String seed, String encoding, String people,
            Map<String, String> errors) {
        model.addAttribute("people", people);
        model.addAttribute("kind", kind);
        model.addAttribute("count", count);
        model.addAttribute("seed", seed);
        model.addAttribute("encoding", encoding);
        model.addAttribute("errors", errors);
        model.addAttribute("maxRows", MAX_ROWS);
        return "registry/synthetic";
    }

    private static Long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
