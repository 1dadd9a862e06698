package org.yiwang.registry;

/**
 * One legal entity as supplied, not yet checked. {@link EntityRules} turns it into an {@link EntityRecord}.
 *
 * @param type an {@link EntityType} name
 * @param legalRepresentativeIdNumber the ID number of the legal representative, who must be in the population register
 * @param registeredCapital in yuan, at most two decimals (fen)
 * @param establishedOn ISO date
 * @param status an {@link EntityStatus} name; {@code SUBSISTING} when blank
 */
public record EntityInput(String creditCode, String name, String type, String legalRepresentativeIdNumber,
        String registeredCapital, String establishedOn, String registrationAuthority, String domicileDivision,
        String domicileAddress, String businessScope, String status) {
}
