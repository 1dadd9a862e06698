package org.yiwang.disclosure.internal.publishing;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No such publication, or none the caller may see (the two are not told apart): 404 in the caller's language. */
public final class PublicationNotFound extends ErrorResponseException {

    private PublicationNotFound(String detail, String key) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, detail, new Object[] {key});
    }

    public static PublicationNotFound id(long id) {
        return new PublicationNotFound("disclosure.problem.not-found.detail", String.valueOf(id));
    }

    public static PublicationNotFound indexNumber(String indexNumber) {
        return new PublicationNotFound("disclosure.problem.not-found.detail", indexNumber);
    }

    public static PublicationNotFound department(String code) {
        return new PublicationNotFound("disclosure.problem.department-not-found.detail", code);
    }

    @Override
    public String getTitleMessageCode() {
        return "disclosure.problem.not-found.title";
    }
}
