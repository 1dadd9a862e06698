package org.yiwang.services.internal.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yiwang.common.RuleViolationException;
import org.yiwang.common.files.StoredFile;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.IdentityDirectory;
import org.yiwang.services.ApplicationStatus;

/** Applying and tracking over HTTP: upload materials, submit, read an application with all its steps, supplement. */
@RestController
@RequestMapping("/api/v1/services")
class ApplicationApi {

    record Submission(String itemCode, boolean consent, Map<String, String> form, Map<String, String> materials) {
    }

    record Supplement(Map<String, String> form, Map<String, String> materials) {
    }

    record Uploaded(String digest, String type, long size) {
    }

    record Receipt(String number, String itemCode, String itemName, ApplicationStatus status, Instant submittedAt,
            List<String> prefilled, List<MaterialView> materials, String trackingUrl) {
    }

    record MaterialView(String code, String name, boolean fromRegister, String fileType, Long size, String digest) {
        static MaterialView of(AttachedMaterial m) {
            return new MaterialView(m.code(), m.name(), m.fromRegister(), m.fileType(), m.size(), m.digest());
        }
    }

    record StepView(Instant at, String action, String step, String stepName, String department, String note) {
    }

    record ApplicationView(String number, String itemCode, String itemName, ApplicationStatus status,
            Instant submittedAt, LocalDate acceptedOn, LocalDate promisedDue, LocalDate statutoryDue, String warning,
            int pausedDays, String supplementNote, List<String> supplementFields, Boolean approved, String reasons,
            Instant decidedAt, Instant completedAt, String licenceNumber, Map<String, String> form,
            List<String> prefilled, List<MaterialView> materials, List<StepView> steps,
            List<Tracking.CurrentStep> current) {

        static ApplicationView of(Tracking.View v) {
            Application a = v.application();
            return new ApplicationView(a.number(), a.itemCode(), a.itemName(), a.status(), a.submittedAt(),
                    a.acceptedOn(), a.promisedDue(), a.statutoryDue(), v.warning(), a.pausedDays(),
                    a.supplementNote(), a.supplementFields(), a.approved(), a.reasons(), a.decidedAt(),
                    a.completedAt(), a.licenceNumber(), a.form(), a.prefilled(),
                    v.materials().stream().map(MaterialView::of).toList(),
                    v.events().stream().map(e -> new StepView(e.at(), e.action(), e.step(), e.stepName(),
                            e.departmentName(), e.note())).toList(),
                    v.current());
        }
    }

    record Summary(String number, String itemName, ApplicationStatus status, Instant submittedAt,
            LocalDate promisedDue, String licenceNumber) {
    }

    private final Applying applying;
    private final Tracking tracking;
    private final IdentityDirectory identity;

    ApplicationApi(Applying applying, Tracking tracking, IdentityDirectory identity) {
        this.applying = applying;
        this.tracking = tracking;
        this.identity = identity;
    }

    @PostMapping(path = "/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('services:apply')")
    @ResponseStatus(HttpStatus.CREATED)
    Uploaded upload(@RequestPart("file") MultipartFile file, Authentication authentication) {
        try (InputStream in = file.getInputStream()) {
            StoredFile stored = applying.upload(applicant(authentication, identity), in, file.getOriginalFilename(),
                    "file");
            return new Uploaded(stored.digest(), stored.type().name(), stored.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping("/applications")
    @PreAuthorize("hasAuthority('services:apply')")
    @ResponseStatus(HttpStatus.CREATED)
    Receipt submit(@RequestBody Submission submission, Authentication authentication) {
        if (submission.itemCode() == null || submission.itemCode().isBlank()) {
            throw RuleViolationException.of("itemCode", "services.item.not-found");
        }
        Applying.Filed filed = applying.submit(applicant(authentication, identity), submission.itemCode().strip(),
                submission.form(), submission.materials(), submission.consent());
        return receipt(filed.application(), filed.materials());
    }

    @GetMapping("/applications")
    @PreAuthorize("hasAuthority('services:apply')")
    List<Summary> mine(Authentication authentication) {
        return tracking.mine(((AccountPrincipal) authentication.getPrincipal()).accountId()).stream()
                .map(a -> new Summary(a.number(), a.itemName(), a.status(), a.submittedAt(), a.promisedDue(),
                        a.licenceNumber()))
                .toList();
    }

    @GetMapping("/applications/{number}")
    @PreAuthorize("isAuthenticated()")
    ApplicationView application(@PathVariable String number, Authentication authentication) {
        return ApplicationView.of(tracking.view(number, authentication));
    }

    @PostMapping("/applications/{number}/supplement")
    @PreAuthorize("hasAuthority('services:apply')")
    ApplicationView supplement(@PathVariable String number, @RequestBody Supplement supplement,
            Authentication authentication) {
        applying.supplement(applicant(authentication, identity), number, supplement.form(), supplement.materials());
        return ApplicationView.of(tracking.view(number, authentication));
    }

    static Receipt receipt(Application a, List<AttachedMaterial> materials) {
        return new Receipt(a.number(), a.itemCode(), a.itemName(), a.status(), a.submittedAt(), a.prefilled(),
                materials.stream().map(MaterialView::of).toList(), "/services/applications/" + a.number());
    }

    static Applicant applicant(Authentication authentication, IdentityDirectory identity) {
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        return Applicant.of(principal, () -> identity.idNumberIndexOf(principal.accountId()).orElse(null));
    }
}
