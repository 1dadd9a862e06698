package org.yiwang.disclosure.internal.publishing;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.web.multipart.MultipartFile;
import org.yiwang.common.RuleViolation;

/** Attachments sent in JSON as base64, decoded into uploads; what cannot be decoded is named, not guessed at. */
final class Base64Uploads {

    /**
     * An attachment in a JSON body: its content in base64, or, in a multipart bulk load, the name of the part that
     * carries it.
     */
    record Body(String name, String contentBase64, String file) {
    }

    private Base64Uploads() {
    }

    static List<Upload> decode(List<Body> bodies, String prefix, List<RuleViolation> problems) {
        return decode(bodies, prefix, problems, part -> null);
    }

    /** As {@link #decode(List, String, List)}, taking the content of an attachment that names a part from it. */
    static List<Upload> decode(List<Body> bodies, String prefix, List<RuleViolation> problems,
            Function<String, MultipartFile> parts) {
        List<Upload> uploads = new ArrayList<>();
        if (bodies == null) {
            return uploads;
        }
        for (int i = 0; i < bodies.size(); i++) {
            Body body = bodies.get(i);
            String field = prefix + "attachments[" + i + "].contentBase64";
            if (body != null && body.file() != null && !body.file().isBlank()) {
                var part = parts.apply(body.file());
                if (part == null) {
                    problems.add(RuleViolation.of(prefix + "attachments[" + i + "].file",
                            "disclosure.attachment.part.missing", body.file()));
                } else {
                    uploads.add(new Upload(body.name() != null ? body.name() : part.getOriginalFilename(), part));
                }
                continue;
            }
            if (body == null || body.contentBase64() == null || body.contentBase64().isBlank()) {
                problems.add(RuleViolation.of(field, "disclosure.attachment.content.required"));
                continue;
            }
            try {
                byte[] content = Base64.getDecoder().decode(body.contentBase64().replaceAll("\\s", ""));
                uploads.add(new Upload(body.name(), new ByteArrayResource(content)));
            } catch (IllegalArgumentException notBase64) {
                problems.add(RuleViolation.of(field, "disclosure.attachment.base64"));
            }
        }
        return uploads;
    }
}
