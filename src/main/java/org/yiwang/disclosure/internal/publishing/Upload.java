package org.yiwang.disclosure.internal.publishing;

import org.springframework.core.io.InputStreamSource;

/** A file as it arrives (from a form, or decoded from base64), with the name the sender gave it. */
record Upload(String name, InputStreamSource content) {
}
