package org.yiwang.services.internal.licence;

import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.identity.AccountPrincipal;

/** Licences and decisions over the API: anyone verifies, the holder downloads, a licence officer revokes. */
@RestController
@RequestMapping("/api/v1/services/licences")
class LicenceApiController {

    record Revocation(String reason) {
    }

    private final LicenceVerification verification;
    private final MyResults mine;
    private final LicenceRevocation revocation;

    LicenceApiController(LicenceVerification verification, MyResults mine, LicenceRevocation revocation) {
        this.verification = verification;
        this.mine = mine;
        this.revocation = revocation;
    }

    /** Public: whether the licence is genuine and unchanged, who issued it, when, for whom (masked), and its status. */
    @GetMapping("/{number}/verify")
    Verification verify(@PathVariable String number) {
        return verification.verify(number);
    }

    @GetMapping("/mine")
    @PreAuthorize("hasAuthority('self:manage')")
    List<MyResults.Entry> mine(@AuthenticationPrincipal AccountPrincipal principal) {
        return mine.of(principal.accountId());
    }

    @GetMapping("/{number}/pdf")
    @PreAuthorize("hasAuthority('self:manage')")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String number) {
        return pdfResponse(mine.download(principal.accountId(), number));
    }

    @PostMapping("/{number}/revoke")
    @PreAuthorize("hasAuthority('licence:revoke')")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String number,
            @RequestBody Revocation body) {
        revocation.revoke(principal, number, body.reason());
        return ResponseEntity.noContent().build();
    }

    static ResponseEntity<byte[]> pdfResponse(MyResults.Pdf pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                .body(pdf.content());
    }
}
