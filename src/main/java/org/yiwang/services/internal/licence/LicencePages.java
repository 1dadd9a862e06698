package org.yiwang.services.internal.licence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountPrincipal;

/** The public verification page (by number, QR code link or the PDF itself) and the holder's own results. */
@Controller
class LicencePages {

    static final long MAX_UPLOAD = 20L * 1024 * 1024;

    private final LicenceVerification verification;
    private final MyResults mine;
    private final MessageSource messages;

    LicencePages(LicenceVerification verification, MyResults mine, MessageSource messages) {
        this.verification = verification;
        this.mine = mine;
        this.messages = messages;
    }

    @GetMapping("/licences/verify")
    String verify(@RequestParam(required = false) String number, Model model, Locale locale) {
        if (number != null) {
            model.addAttribute("number", number);
            try {
                model.addAttribute("results", List.of(verification.verify(number)));
            } catch (RuleViolationException refused) {
                model.addAttribute("errors", FormErrors.of(refused, messages, locale));
            }
        }
        return "services/licence-verify";
    }

    /** Whoever holds the PDF checks that it is exactly the one the department sealed. */
    @PostMapping("/licences/verify")
    String verifyDocument(@RequestParam(name = "document", required = false) MultipartFile document, Model model) {
        model.addAttribute("uploaded", true);
        if (document == null || document.isEmpty() || document.getSize() > MAX_UPLOAD) {
            model.addAttribute("results", List.of());
            return "services/licence-verify";
        }
        try {
            model.addAttribute("results", verification.verifyDocument(document.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded document", e);
        }
        return "services/licence-verify";
    }

    @GetMapping("/me/licences")
    @PreAuthorize("hasAuthority('self:manage')")
    String myLicences(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        model.addAttribute("results", mine.of(principal.accountId()));
        return "services/my-licences";
    }

    @GetMapping("/me/licences/{number}/pdf")
    @PreAuthorize("hasAuthority('self:manage')")
    ResponseEntity<byte[]> myPdf(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String number) {
        return LicenceApiController.pdfResponse(mine.download(principal.accountId(), number));
    }
}
