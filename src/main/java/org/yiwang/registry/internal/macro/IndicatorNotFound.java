package org.yiwang.registry.internal.macro;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No indicator has the code the caller named: a 404 problem detail in the caller's language. */
final class IndicatorNotFound extends ErrorResponseException {

    IndicatorNotFound(String code) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null,
                "registry.problem.indicator-not-found", new Object[] {code});
    }

    @Override
    public String getTitleMessageCode() {
        return "registry.problem.not-found.title";
    }
}
