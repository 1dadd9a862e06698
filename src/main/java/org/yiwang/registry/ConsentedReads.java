package org.yiwang.registry;

import java.util.List;
import java.util.Optional;
import org.yiwang.common.CreditCode;

/**
 * Register reads that the subject himself asked for, such as a service form filled in from the registers
 * with the applicant's consent (免提交). The values come back in the clear, since they are the applicant's
 * own; each read still leaves a data-use record naming the reader, the purpose and the fields, so that the
 * citizen sees it among the uses of his data.
 */
public interface ConsentedReads {

    /**
     * @param idNumberIndex the blind index of the person's ID number (see {@link PersonCodec#index})
     * @param reader the account acting, as the audit trail names it ({@code login#id})
     * @param fields the fields the caller will use, recorded in the data-use record
     */
    Optional<PersonRecord> person(String idNumberIndex, String purpose, String reader, Long readerDepartmentId,
            List<String> fields);

    Optional<EntityRecord> entity(CreditCode creditCode, String purpose, String reader, Long readerDepartmentId,
            List<String> fields);
}
