package org.yiwang.common;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first character of a credit code: the kind of authority that registered the organisation
 * (登记管理部门), with the organisation types each may register, as GB 32100-2015 and its amendments list them.
 */
public enum RegistrationAuthority {

    ESTABLISHMENT_ADMINISTRATION('1', "机构编制",
            Map.of('1', "机关", '2', "事业单位", '3', "中央编办直接管理机构编制的群众团体", '9', "其他")),
    FOREIGN_AFFAIRS('2', "外交", Map.of('1', "外国常住新闻机构", '9', "其他")),
    JUDICIAL_ADMINISTRATION('3', "司法行政", Map.of('1', "律师执业机构", '2', "公证处", '3', "基层法律服务所",
            '4', "司法鉴定机构", '5', "仲裁委员会", '9', "其他")),
    CULTURE('4', "文化", Map.of('1', "外国在华文化中心", '9', "其他")),
    CIVIL_AFFAIRS('5', "民政", Map.of('1', "社会团体", '2', "民办非企业单位", '3', "基金会", '9', "其他")),
    TOURISM('6', "旅游", Map.of('1', "外国旅游部门常驻代表机构",
            '2', "港澳台地区旅游部门常驻内地（大陆）代表机构", '9', "其他")),
    RELIGIOUS_AFFAIRS('7', "宗教", Map.of('1', "宗教活动场所", '2', "宗教院校", '9', "其他")),
    TRADE_UNION('8', "工会", Map.of('1', "基层工会", '9', "其他")),
    INDUSTRY_AND_COMMERCE('9', "工商", Map.of('1', "企业", '2', "个体工商户", '3', "农民专业合作社")),
    MILITARY_ESTABLISHMENT('A', "中央军委改革和编制办公室", Map.of('1', "军队事业单位", '9', "其他")),
    AGRICULTURE('N', "农业", Map.of('1', "组级集体经济组织", '2', "村级集体经济组织", '3', "乡镇级集体经济组织",
            '9', "其他")),
    // The standard does not divide "other" authorities into types; it always writes 1.
    OTHER('Y', "其他", Map.of('1', "其他"));

    private final char code;
    private final String chineseName;
    private final List<OrganizationType> types;

    RegistrationAuthority(char code, String chineseName, Map<Character, String> types) {
        this.code = code;
        this.chineseName = chineseName;
        this.types = types.entrySet().stream()
                .map(type -> new OrganizationType(type.getKey(), type.getValue()))
                .sorted(Comparator.comparing(OrganizationType::code))
                .toList();
    }

    public static Optional<RegistrationAuthority> ofCode(char code) {
        return Arrays.stream(values()).filter(authority -> authority.code == code).findFirst();
    }

    public char code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The organisation types this authority registers, in code order. */
    public List<OrganizationType> types() {
        return types;
    }

    public Optional<OrganizationType> type(char code) {
        return types.stream().filter(type -> type.code() == code).findFirst();
    }
}
