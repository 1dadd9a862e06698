package org.yiwang.registry.internal.importing;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No register or no import by that name or number: a 404 problem detail in the caller's language. */
final class ImportNotFound extends ErrorResponseException {

    private ImportNotFound(String what, String key) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null,
                "registry.problem." + what + "-not-found", new Object[] {key});
    }

    static ImportNotFound register(String register) {
        return new ImportNotFound("register", register);
    }

    static ImportNotFound run(long id) {
        return new ImportNotFound("import", String.valueOf(id));
    }

    @Override
    public String getTitleMessageCode() {
        return "registry.problem.not-found.title";
    }
}
