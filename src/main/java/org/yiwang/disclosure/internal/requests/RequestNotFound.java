package org.yiwang.disclosure.internal.requests;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Something named that does not exist, or a request the caller may not see: the two answer alike, so that nobody
 * learns of another person's request by trying numbers. A 404 problem detail in the caller's language.
 */
final class RequestNotFound extends ErrorResponseException {

    private RequestNotFound(String what, String reference) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null,
                "disclosure-request.problem.not-found." + what, new Object[] {reference});
    }

    RequestNotFound(String id) {
        this("request", id);
    }

    static RequestNotFound department(String code) {
        return new RequestNotFound("department", code);
    }

    static RequestNotFound document(String number) {
        return new RequestNotFound("document", number);
    }

    @Override
    public String getTitleMessageCode() {
        return "disclosure-request.problem.not-found.title";
    }
}
