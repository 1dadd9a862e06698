package org.yiwang.registry.internal.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.RuleViolationException;

/**
 * Loads one CSV file into a register. The file streams through: decoded strictly in the chosen encoding (a byte
 * sequence that is not valid in it refuses the whole file, so nothing is ever loaded as mojibake), every row checked,
 * good rows staged by COPY, then written by natural key in one statement. With {@link ImportMode#ALL_OR_NOTHING} a
 * single rejected row leaves the register untouched. Either way the run and every rejected row are recorded.
 */
@Service
class ImportService {

    static final List<String> ENCODINGS = List.of("UTF-8", "GB18030");

    private final Map<String, RegisterImport> registers;
    private final ImportRecords records;
    private final AuditTrail audit;
    private final Clock clock;
    private final MessageSource messages;

    ImportService(List<RegisterImport> registers, ImportRecords records, AuditTrail audit, Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.registers = registers.stream().collect(Collectors.toMap(RegisterImport::register, Function.identity()));
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    boolean knows(String register) {
        return registers.containsKey(register);
    }

    List<String> registers() {
        return registers.keySet().stream().sorted().toList();
    }

    @Transactional
    ImportResult run(String register, ImportMode mode, String encoding, String fileName, String actor,
            InputStream content, Locale locale) throws IOException {
        RegisterImport target = registers.get(register);
        if (!ENCODINGS.contains(encoding)) {
            throw RuleViolationException.of("encoding", "import.encoding.unsupported", encoding);
        }
        Instant started = clock.instant();
        Charset charset = Charset.forName(encoding);
        List<Rejection> rejections = new ArrayList<>();
        int read = 0;
        RegisterImport.Loader loader = null;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(decoded(content, charset))) {
            List<String> missing = target.requiredColumns().stream()
                    .filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw RuleViolationException.of("file", "import.columns", String.join(", ", missing));
            }
            loader = target.start(locale, actor);
            int columns = parser.getHeaderMap().size();
            for (CSVRecord row : parser) {
                read++;
                long line = row.getRecordNumber() + 1;
                Optional<String> reason = row.size() != columns
                        ? Optional.of(messages.getMessage("import.row.columns", new Object[] {row.size(), columns}, locale))
                        : loader.stage(line, row);
                reason.ifPresent(r -> rejections.add(new Rejection(line, r)));
            }
            List<Rejection> late = loader.finish();
            if (!late.isEmpty()) {
                rejections.addAll(late);
                rejections.sort(Comparator.comparingLong(Rejection::line));
            }
        } catch (UncheckedIOException | IOException e) {
            abandon(loader);
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw RuleViolationException.of("encoding", "import.encoding.invalid", encoding, String.valueOf(read + 2));
            }
            throw RuleViolationException.of("file", "import.malformed", String.valueOf(read + 2));
        } catch (RuntimeException e) {
            abandon(loader);
            throw e;
        }
        boolean load = mode == ImportMode.GOOD_ROWS || rejections.isEmpty();
        int good = read - rejections.size();
        if (!load) {
            loader.discard();
        }
        int changed = load ? loader.load() : 0;
        ImportResult result = new ImportResult(0, register, mode, encoding, fileName, actor, started, clock.instant(),
                read, changed, load ? good - changed : 0, rejections.size(), load ? "LOADED" : "NOTHING_LOADED");
        long id = records.save(result, rejections);
        audit.record("registry.import." + register, "import:" + id, AuditOutcome.SUCCESS,
                "%s %s: %d read, %d changed, %d rejected, %s".formatted(mode, encoding, read, changed,
                        rejections.size(), result.outcome()));
        return records.find(id).orElseThrow();
    }

    private static void abandon(RegisterImport.Loader loader) {
        if (loader != null) {
            loader.abandon();
        }
    }

    /** A strict decoder: a UTF-8 byte-order mark is skipped, and an invalid byte sequence is an error, never a �. */
    private static Reader decoded(InputStream content, Charset charset) throws IOException {
        PushbackInputStream in = new PushbackInputStream(content, 3);
        if (charset.equals(StandardCharsets.UTF_8)) {
            byte[] head = in.readNBytes(3);
            boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF;
            if (!bom) {
                in.unread(head);
            }
        }
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
