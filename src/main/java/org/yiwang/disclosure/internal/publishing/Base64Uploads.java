package org.yiwang.disclosure.internal.publishing;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.core.io.ByteArrayResource;
import org.yiwang.common.RuleViolation;

/** Attachments sent in JSON as base64, decoded into uploads; what cannot be decoded is named, not guessed at. */
final class Base64Uploads {

    /** An attachment in a JSON body. */
    record Body(String name, String contentBase64) {
    }

    private Base64Uploads() {
    }

    static List<Upload> decode(List<Body> bodies, String prefix, List<RuleViolation> problems) {
        List<Upload> uploads = new ArrayList<>();
        if (bodies == null) {
            return uploads;
        }
        for (int i = 0; i < bodies.size(); i++) {
            Body body = bodies.get(i);
            String field = prefix + "attachments[" + i + "].contentBase64";
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
