package org.yiwang.services.internal.catalog;

/**
 * A material an applicant supplies.
 *
 * @param register {@code population} or {@code legalEntity} when that register holds the information, so
 *        that with the applicant's consent he need not supply it (免提交); null otherwise
 */
public record Material(String code, String name, boolean required, String register) {

    public boolean fromRegister() {
        return register != null;
    }
}
