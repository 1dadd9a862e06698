package org.yiwang.common;

/** The second character of a credit code: the kind of organisation within its registering authority (机构类别). */
public record OrganizationType(char code, String chineseName) {
}
