package org.yiwang.registry.internal.importing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk import of a register from a CSV file; the import record and its rejected rows. */
@RestController
@RequestMapping("/api/v1/registry/imports")
@PreAuthorize("hasAuthority('registry:import')")
class ImportApiController {

    /** The report lists at most this many rejected rows; the CSV download has them all. */
    static final int REPORT_ROWS = 1_000;

    private final ImportService imports;
    private final ImportRecords records;

    ImportApiController(ImportService imports, ImportRecords records) {
        this.imports = imports;
        this.records = records;
    }

    record Report(ImportResult run, List<Rejection> rejections, boolean complete, String rejectionsCsv) {
    }

    @PostMapping("/{register}")
    ResponseEntity<Report> upload(@PathVariable String register, @RequestParam ImportMode mode,
            @RequestParam(defaultValue = "UTF-8") String encoding, @RequestParam MultipartFile file, Principal principal,
            Locale locale) throws IOException {
        if (!imports.knows(register)) {
            throw ImportNotFound.register(register);
        }
        ImportResult run = imports.run(register, mode, encoding, file.getOriginalFilename(), principal.getName(),
                file.getInputStream(), locale);
        return ResponseEntity.status(HttpStatus.CREATED).body(report(run));
    }

    /**
     * The same import for large files: the request body is the CSV itself ({@code text/csv}), read as it arrives
     * instead of being buffered as a multipart upload first. The mode is still the importer's explicit choice.
     */
    @PutMapping(path = "/{register}", consumes = "text/csv")
    ResponseEntity<Report> stream(@PathVariable String register, @RequestParam ImportMode mode,
            @RequestParam(defaultValue = "UTF-8") String encoding, @RequestParam(required = false) String fileName,
            InputStream body, Principal principal, Locale locale) throws IOException {
        if (!imports.knows(register)) {
            throw ImportNotFound.register(register);
        }
        ImportResult run = imports.run(register, mode, encoding, fileName == null ? register + ".csv" : fileName,
                principal.getName(), body, locale);
        return ResponseEntity.status(HttpStatus.CREATED).body(report(run));
    }

    @GetMapping("/{id}")
    Report find(@PathVariable long id) {
        return report(records.find(id).orElseThrow(() -> ImportNotFound.run(id)));
    }

    @GetMapping("/{id}/rejections.csv")
    void rejections(@PathVariable long id, HttpServletResponse response) throws IOException {
        records.find(id).orElseThrow(() -> ImportNotFound.run(id));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("import-" + id + "-rejections.csv").build().toString());
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader("line", "reason").setRecordSeparator('\n').get())) {
            records.eachRejection(id, rejection -> {
                try {
                    csv.printRecord(rejection.line(), rejection.reason());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private Report report(ImportResult run) {
        List<Rejection> rejections = records.rejections(run.id(), REPORT_ROWS);
        return new Report(run, rejections, rejections.size() == run.rowsRejected(),
                "/api/v1/registry/imports/" + run.id() + "/rejections.csv");
    }
}
