package org.yiwang.registry.internal.geo;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No parcel has the code the caller named: a 404 problem detail in the caller's language. */
final class ParcelNotFound extends ErrorResponseException {

    ParcelNotFound(String code) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null,
                "registry.problem.parcel-not-found", new Object[] {code});
    }

    @Override
    public String getTitleMessageCode() {
        return "registry.problem.not-found.title";
    }
}
