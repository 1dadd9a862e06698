package org.yiwang.services.internal.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo catalog of 西湖区: the three items processed by the shipped process models (企业开办 in parallel, 食品经营许可
 * in a serial chain, 出生一件事 across three departments) and a few more to browse. Items already present are left
 * as an administrator may have changed them.
 */
@Component
@Profile("demo")
@Order(60)
class DemoServiceItems implements ApplicationRunner {

    static final String ESTABLISHMENT = "XH-QYKB-001";
    static final String FOOD_LICENCE = "XH-SPJY-002";
    static final String BIRTH = "XH-CSYJS-003";

    private static final String WINDOW = "ZJ-HZ-XH-ZWFW";
    private static final String SCJG = "ZJ-HZ-XH-SCJG";
    private static final String PLACE = "杭州市西湖区政务服务中心（文三路 200 号）综合窗口";
    private static final String HOURS = "工作日 9:00—12:00，13:30—17:00";
    private static final String CONSULT = "12345 政务服务便民热线；西湖区政务服务中心咨询台";
    private static final String COMPLAIN = "12345 热线；浙江政务服务网“好差评”";

    private final ItemRepository items;
    private final Catalog catalog;

    DemoServiceItems(ItemRepository items, Catalog catalog) {
        this.items = items;
        this.catalog = catalog;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (ServiceItem item : items()) {
            if (!items.exists(item.code())) {
                catalog.seed(item);
            }
        }
    }

    static List<ServiceItem> items() {
        return List.of(establishment(), foodLicence(), birth(),
                serial("XH-TXYL-004", "基本养老金申领", ItemKind.PAYMENT, Audience.CITIZEN, "ZJ-HZ-XH-RS",
                        "《中华人民共和国社会保险法》第十六条", "达到法定退休年龄且累计缴费满十五年的参保人员。", 20, 5,
                        List.of("退休"), List.of()),
                serial("XH-JYDJ-005", "就业登记", ItemKind.PUBLIC_SERVICE, Audience.CITIZEN, "ZJ-HZ-XH-RS",
                        "《中华人民共和国就业促进法》；《就业服务与就业管理规定》第六十二条",
                        "在法定劳动年龄内、已与用人单位建立劳动关系或从事个体经营、灵活就业的劳动者。", 10, 3,
                        List.of("就业"), List.of()),
                serial("XH-SYDJ-006", "生育登记", ItemKind.PUBLIC_SERVICE, Audience.CITIZEN, "ZJ-HZ-XH-WJ",
                        "《浙江省人口与计划生育条例》", "夫妻双方或一方户籍在本区，生育子女的家庭。", 5, 1,
                        List.of("婚育"), List.of()),
                serial("XH-QYBG-007", "企业变更登记", ItemKind.LICENSING, Audience.ENTERPRISE, SCJG,
                        "《中华人民共和国市场主体登记管理条例》第二十四条", "已在本区登记、登记事项发生变更的企业。", 15, 3,
                        List.of(), List.of("变更")),
                serial("XH-JYZX-008", "企业简易注销登记", ItemKind.CONFIRMATION, Audience.ENTERPRISE, SCJG,
                        "《中华人民共和国市场主体登记管理条例》第三十三条",
                        "未发生或已结清债权债务的企业，经全体投资人书面承诺，公示期满无异议。", 10, 3,
                        List.of(), List.of("注销")));
    }

    private static ServiceItem establishment() {
        return new ServiceItem(ESTABLISHMENT, "企业开办（设立登记、税务登记、社保登记一件事）", ItemKind.LICENSING,
                Audience.CITIZEN, SCJG, List.of(SCJG, "ZJ-HZ-XH-SW", "ZJ-HZ-XH-RS"),
                "《中华人民共和国公司法》；《中华人民共和国市场主体登记管理条例》第十九条；《中华人民共和国税收征收管理法》第十五条；"
                        + "《中华人民共和国社会保险法》第五十七条",
                "拟设立有限责任公司的自然人投资人，名称符合企业名称登记管理规定，住所在西湖区。市场监管登记后，税务登记与社保登记并联办理。",
                List.of(new Material("identity", "投资人身份证明", true, "population"),
                        new Material("premises", "住所使用证明（租赁合同或产权证明）", true, null),
                        new Material("articles", "公司章程", true, null)),
                List.of(field("enterpriseName", "企业名称", "text", true, 60, "[\\u4e00-\\u9fa5（）()A-Za-z0-9]{4,60}", null,
                                null, true),
                        field("registeredCapital", "注册资本（万元）", "number", true, 12, null, null, null, false),
                        field("domicileAddress", "住所", "text", true, 120, null, null, null, false),
                        field("businessScope", "经营范围", "textarea", true, 1000, null, null, null, false),
                        field("employees", "参保职工人数", "number", true, 6, null, null, null, false),
                        field("investorName", "投资人姓名", "text", true, 30, null, "person.name", null, false),
                        field("investorIdNumber", "投资人身份证号", "idNumber", true, 18, null, "person.idNumber", null,
                                false),
                        field("phone", "联系电话", "phone", true, 11, null, "person.phone", null, false)),
                Map.of("window", WINDOW, "scjg", SCJG, "sw", "ZJ-HZ-XH-SW", "rs", "ZJ-HZ-XH-RS"), 15, 3, 0, null,
                "enterpriseEstablishment", 0, PLACE, HOURS, CONSULT, COMPLAIN, List.of(), List.of("开办"), "营业执照",
                null, ItemStatus.PUBLISHED, Instant.now());
    }

    private static ServiceItem foodLicence() {
        return new ServiceItem(FOOD_LICENCE, "食品经营许可", ItemKind.LICENSING, Audience.ENTERPRISE, SCJG, List.of(SCJG),
                "《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》",
                "已取得营业执照的企业；有与经营的食品品种、数量相适应的经营场所，有食品安全管理人员和管理制度。",
                List.of(new Material("businessLicence", "营业执照", true, "legalEntity"),
                        new Material("floorPlan", "经营场所平面布局图", true, null),
                        new Material("safetyRules", "食品安全管理制度", true, null)),
                List.of(field("enterpriseName", "经营者名称", "text", true, 100, null, "entity.name", null, false),
                        field("creditCode", "统一社会信用代码", "text", true, 18, null, "entity.creditCode", null, false),
                        field("premises", "经营场所", "text", true, 120, null, null, null, true),
                        field("category", "经营项目", "select", true, null, null, null,
                                List.of("预包装食品销售", "散装食品销售", "热食类食品制售", "冷食类食品制售"), false),
                        field("area", "经营面积（平方米）", "number", true, 8, null, null, null, false),
                        field("manager", "食品安全管理员", "text", true, 30, null, null, null, false)),
                Map.of("window", WINDOW, "office", SCJG), 20, 5, 0, null, "serialLicensing", 0, PLACE, HOURS, CONSULT,
                COMPLAIN, List.of(), List.of("经营"), "食品经营许可证", 5, ItemStatus.PUBLISHED, Instant.now());
    }

    private static ServiceItem birth() {
        return new ServiceItem(BIRTH, "出生一件事（出生医学证明、户口登记、医保参保）", ItemKind.PUBLIC_SERVICE,
                Audience.CITIZEN, "ZJ-HZ-XH-GA", List.of("ZJ-HZ-XH-GA", "ZJ-HZ-XH-WJ", "ZJ-HZ-XH-YB"),
                "《中华人民共和国户口登记条例》第七条；《中华人民共和国母婴保健法》第二十三条；《中华人民共和国社会保险法》第二十五条",
                "新生儿在本省医疗机构出生，父母一方户籍在西湖区，出生后一个月内申报。",
                List.of(new Material("birthCertificate", "出生医学证明", true, null),
                        new Material("parentIdentity", "父（母）身份证明", true, "population"),
                        new Material("marriage", "结婚证", false, null)),
                List.of(field("babyName", "新生儿姓名", "text", true, 20, "[\\u4e00-\\u9fa5·]{2,20}", null, null, true),
                        field("babySex", "新生儿性别", "select", true, null, null, null, List.of("男", "女"), false),
                        field("birthDate", "出生日期", "date", true, null, null, null, null, true),
                        field("certificateNumber", "出生医学证明编号", "text", true, 10, "[A-Z][0-9]{9}", null, null,
                                false),
                        field("parentName", "申报人（父或母）姓名", "text", true, 30, null, "person.name", null, false),
                        field("parentIdNumber", "申报人身份证号", "idNumber", true, 18, null, "person.idNumber", null,
                                false),
                        field("householdAddress", "户籍地址（随父或母落户）", "text", true, 120, null,
                                "person.householdAddress", null, false)),
                Map.of("window", WINDOW, "wj", "ZJ-HZ-XH-WJ", "ga", "ZJ-HZ-XH-GA", "yb", "ZJ-HZ-XH-YB"), 10, 3, 0, null,
                "birthBundle", 0, PLACE, HOURS, CONSULT, COMPLAIN, List.of("出生"), List.of(), null, null,
                ItemStatus.PUBLISHED, Instant.now());
    }

    private static ServiceItem serial(String code, String name, ItemKind kind, Audience audience, String office,
            String basis, String conditions, int statutory, int promised, List<String> life, List<String> enterprise) {
        List<FormField> form = audience == Audience.CITIZEN
                ? List.of(field("applicantName", "申请人姓名", "text", true, 30, null, "person.name", null, false),
                        field("idNumber", "身份证号", "idNumber", true, 18, null, "person.idNumber", null, false),
                        field("phone", "联系电话", "phone", true, 11, null, "person.phone", null, false),
                        field("remark", "申请事项说明", "textarea", false, 500, null, null, null, false))
                : List.of(field("enterpriseName", "企业名称", "text", true, 100, null, "entity.name", null, false),
                        field("creditCode", "统一社会信用代码", "text", true, 18, null, "entity.creditCode", null, false),
                        field("remark", "申请事项说明", "textarea", true, 500, null, null, null, false));
        List<Material> materials = audience == Audience.CITIZEN
                ? List.of(new Material("identity", "申请人身份证明", true, "population"),
                        new Material("application", "申请表", true, null))
                : List.of(new Material("businessLicence", "营业执照", true, "legalEntity"),
                        new Material("application", "申请书", true, null));
        return new ServiceItem(code, name, kind, audience, office, List.of(office), basis, conditions, materials, form,
                Map.of("window", WINDOW, "office", office), statutory, promised, 0, null, "serialLicensing", 0, PLACE,
                HOURS, CONSULT, COMPLAIN, life, enterprise, null, null, ItemStatus.PUBLISHED, Instant.now());
    }

    private static FormField field(String name, String label, String type, boolean required, Integer maxLength,
            String pattern, String prefill, List<String> options, boolean subject) {
        return new FormField(name, label, type, required, maxLength, pattern, prefill, options, subject);
    }
}
