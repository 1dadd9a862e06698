package org.yiwang.organization.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Something the caller named does not exist: a 404 problem detail in the caller's language. */
final class NotFound extends ErrorResponseException {

    private NotFound(String what, String key) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null,
                "organization.problem.not-found." + what, new Object[] {key});
    }

    static NotFound division(String code) {
        return new NotFound("division", code);
    }

    static NotFound department(long id) {
        return new NotFound("department", String.valueOf(id));
    }

    static NotFound position(long id) {
        return new NotFound("position", String.valueOf(id));
    }

    @Override
    public String getTitleMessageCode() {
        return "organization.problem.not-found.title";
    }
}
