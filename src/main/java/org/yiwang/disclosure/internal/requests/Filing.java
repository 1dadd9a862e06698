package org.yiwang.disclosure.internal.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/**
 * What a requester states (条例 art. 29): the department asked, a description of the information precise enough to
 * find it, the purpose if he wishes, how he wants it delivered, and how to reach him (an address for paper).
 * {@link #check} yields a filing whose every field is valid; whether the department exists is for the desk to see.
 */
record Filing(Long departmentId, String description, String purpose, DeliveryForm delivery, Contact contact) {

    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_PURPOSE = 500;
    static final int MAX_ADDRESS = 200;
    static final int MAX_EMAIL = 100;
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** How to reach the requester; the phone is always needed, the address when the answer goes by post. */
    record Contact(String phone, String email, String address) {
    }

    /** The form or API body as sent. */
    record Draft(Long departmentId, String description, String purpose, String delivery, String phone, String email,
            String address) {
    }

    static Filing check(Draft draft) {
        List<RuleViolation> violations = new ArrayList<>();
        if (draft.departmentId() == null) {
            violations.add(RuleViolation.of("departmentId", "disclosure-request.required"));
        }
        String description = Answer.blankToNull(draft.description());
        if (description == null) {
            violations.add(RuleViolation.of("description", "disclosure-request.required"));
        } else if (description.length() > MAX_DESCRIPTION) {
            violations.add(RuleViolation.of("description", "disclosure-request.text.length", MAX_DESCRIPTION));
        }
        String purpose = Answer.blankToNull(draft.purpose());
        if (purpose != null && purpose.length() > MAX_PURPOSE) {
            violations.add(RuleViolation.of("purpose", "disclosure-request.text.length", MAX_PURPOSE));
        }
        DeliveryForm delivery = null;
        String deliveryGiven = Answer.blankToNull(draft.delivery());
        if (deliveryGiven == null) {
            violations.add(RuleViolation.of("delivery", "disclosure-request.required"));
        } else {
            try {
                delivery = DeliveryForm.valueOf(deliveryGiven);
            } catch (IllegalArgumentException e) {
                violations.add(RuleViolation.of("delivery", "disclosure-request.unknown-value", deliveryGiven));
            }
        }
        String phone = Answer.blankToNull(draft.phone());
        if (phone == null) {
            violations.add(RuleViolation.of("phone", "disclosure-request.required"));
        } else if (!PHONE.matcher(phone).matches()) {
            violations.add(RuleViolation.of("phone", "disclosure-request.phone.format"));
        }
        String email = Answer.blankToNull(draft.email());
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            violations.add(RuleViolation.of("email", "disclosure-request.email.format"));
        }
        String address = Answer.blankToNull(draft.address());
        if (address == null && delivery == DeliveryForm.PAPER) {
            violations.add(RuleViolation.of("address", "disclosure-request.address.required-for-paper"));
        } else if (address != null && address.length() > MAX_ADDRESS) {
            violations.add(RuleViolation.of("address", "disclosure-request.text.length", MAX_ADDRESS));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return new Filing(draft.departmentId(), description, purpose, delivery, new Contact(phone, email, address));
    }
}
