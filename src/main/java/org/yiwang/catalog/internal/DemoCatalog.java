package org.yiwang.catalog.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;

/**
 * Demo entries of other departments (after the base registers, order 40): 市场监管's annual reports (with a second
 * version), 人社's social-insurance enrolment, 卫健's birth certificates, one entry not shared with its legal basis,
 * an open licence list and a thematic resource. An entry already there (by provider and name) is left alone.
 */
@Component
@Profile("demo")
@Order(45)
class DemoCatalog implements ApplicationRunner {

    static final String ACTOR = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final CatalogMaintenance maintenance;
    private final CatalogRepository catalog;
    private final OrganizationDirectory organization;

    DemoCatalog(CatalogMaintenance maintenance, CatalogRepository catalog, OrganizationDirectory organization) {
        this.maintenance = maintenance;
        this.catalog = catalog;
        this.organization = organization;
    }

    @Override
    public void run(ApplicationArguments args) {
        String entities = catalog.currentBySource(BaseRegisters.ENTITY).map(StoredVersion::code).orElse(null);
        String people = catalog.currentBySource(BaseRegisters.PERSON).map(StoredVersion::code).orElse(null);
        if (entities == null || people == null) {
            log.warn("Demo catalog skipped: the base registers are not catalogued");
            return;
        }
        int added = 0;
        String reports = add("ZJ-HZ-SCJG", annualReports(entities, false));
        if (reports != null) {
            maintenance.revisePublishedAs(ACTOR, reports, annualReports(entities, true));
            added++;
        }
        added += count(add("ZJ-HZ-RS", socialInsurance(people)));
        added += count(add("ZJ-HZ-WJ", birthCertificates(people)));
        added += count(add("ZJ-HZ-WJ", mentalHealth()));
        added += count(add("ZJ-HZ-XH-SCJG", foodLicences(entities)));
        added += count(add("ZJ-DSJ", creditTheme(entities, reports)));
        if (added > 0) {
            log.info("Demo catalog: {} departmental and thematic entries added", added);
        }
    }

    /** Creates and publishes the entry unless its provider already has one of that name; null when it did not. */
    private String add(String providerCode, ResourceRequest request) {
        Department provider = organization.departmentByCode(providerCode).orElse(null);
        if (provider == null || catalog.providerHasNamed(provider.id(), request.name())) {
            return null;
        }
        return maintenance.createPublishedAs(ACTOR, request, provider);
    }

    private static int count(String code) {
        return code == null ? 0 : 1;
    }

    private static ResourceRequest annualReports(String entities, boolean withWebsite) {
        List<ResourceRequest.ItemRequest> items = new java.util.ArrayList<>(List.of(
                item("creditCode", "统一社会信用代码", "字符型", "PUBLIC"),
                item("entityName", "企业名称", "字符型", "PUBLIC"),
                item("reportYear", "报告年度", "数值型", "PUBLIC"),
                item("postalAddress", "通信地址", "字符型", "PUBLIC"),
                item("contactPhone", "联系电话", "字符型", "INTERNAL"),
                item("employees", "从业人数", "数值型", "INTERNAL"),
                item("totalAssets", "资产总额（元）", "数值型", "INTERNAL"),
                item("submittedOn", "报送日期", "日期型", "PUBLIC")));
        if (withWebsite) {
            items.add(item("website", "网站或网店网址", "字符型", "PUBLIC"));
        }
        return new ResourceRequest("DEPARTMENTAL", null, null, "企业年度报告信息",
                "辖区内企业按《企业信息公示暂行条例》每年报送的年度报告：通信地址、联系电话、从业人数、资产状况等。"
                        + "从业人数和资产总额由企业选择是否公示，部门间共享不受影响。",
                "数据库", items, "UNCONDITIONAL", null, List.of("API", "FILE"), false, "每年", List.of(entities));
    }

    private static ResourceRequest socialInsurance(String people) {
        return new ResourceRequest("DEPARTMENTAL", null, null, "社会保险参保信息",
                "参保人员的基本养老保险、失业保险和工伤保险参保登记及缴费信息，用于社保待遇审核、就业创业补贴、人才引进等事项的核验。",
                "数据库", List.of(
                        item("idNumber", "公民身份号码", "字符型", "SENSITIVE_PERSONAL"),
                        item("name", "姓名", "字符型", "PERSONAL"),
                        item("insuranceType", "险种", "字符型", "PERSONAL"),
                        item("insuredSince", "参保日期", "日期型", "PERSONAL"),
                        item("enrolmentStatus", "参保状态", "字符型", "PERSONAL"),
                        item("employerCreditCode", "参保单位统一社会信用代码", "字符型", "PUBLIC"),
                        item("monthsPaid", "累计缴费月数", "数值型", "PERSONAL"),
                        item("contributionBase", "缴费基数（元）", "数值型", "SENSITIVE_PERSONAL")),
                "CONDITIONAL", "仅用于依法办理社会保障、就业和人才服务事项，须说明事项名称和法律依据，按事项所需最少信息项申请。",
                List.of("API", "SUBSCRIPTION"), false, "每日", List.of(people));
    }

    private static ResourceRequest birthCertificates(String people) {
        return new ResourceRequest("DEPARTMENTAL", null, null, "出生医学证明信息",
                "助产机构签发的《出生医学证明》信息，用于新生儿户口登记、医保参保和社保卡办理等“出生一件事”联办。",
                "数据库", List.of(
                        item("certificateNumber", "出生医学证明编号", "字符型", "PERSONAL"),
                        item("newbornName", "新生儿姓名", "字符型", "PERSONAL"),
                        item("sex", "性别", "字符型", "PERSONAL"),
                        item("bornAt", "出生时间", "日期时间型", "PERSONAL"),
                        item("birthPlace", "出生地点", "字符型", "PERSONAL"),
                        item("motherName", "母亲姓名", "字符型", "PERSONAL"),
                        item("motherIdNumber", "母亲公民身份号码", "字符型", "SENSITIVE_PERSONAL"),
                        item("fatherName", "父亲姓名", "字符型", "PERSONAL"),
                        item("fatherIdNumber", "父亲公民身份号码", "字符型", "SENSITIVE_PERSONAL"),
                        item("issuedBy", "签发机构", "字符型", "PUBLIC")),
                "CONDITIONAL", "仅用于户籍登记、医保参保和社会保障卡办理等出生相关事项，经提供部门审核同意后共享。",
                List.of("API"), false, "实时", List.of(people));
    }

    private static ResourceRequest mentalHealth() {
        return new ResourceRequest("DEPARTMENTAL", null, null, "严重精神障碍患者管理信息",
                "基层医疗卫生机构对在册严重精神障碍患者的随访和管理记录。",
                "数据库", List.of(
                        item("patientId", "患者编号", "字符型", "SENSITIVE_PERSONAL"),
                        item("diagnosis", "诊断", "字符型", "SENSITIVE_PERSONAL"),
                        item("followUpOn", "随访日期", "日期型", "SENSITIVE_PERSONAL")),
                "NOT_SHARED", "《中华人民共和国精神卫生法》第四条：有关单位和个人应当对精神障碍患者的姓名、肖像、住址、"
                        + "工作单位、病历资料以及其他可能推断出其身份的信息予以保密。",
                List.of(), false, "实时", List.of());
    }

    private static ResourceRequest foodLicences(String entities) {
        return new ResourceRequest("DEPARTMENTAL", null, null, "食品经营许可信息",
                "西湖区食品经营许可证的核发、变更、延续和注销信息：许可证编号、经营者名称、经营场所、经营项目和有效期。",
                "数据库", List.of(
                        item("licenceNumber", "许可证编号", "字符型", "PUBLIC"),
                        item("creditCode", "统一社会信用代码", "字符型", "PUBLIC"),
                        item("operatorName", "经营者名称", "字符型", "PUBLIC"),
                        item("premises", "经营场所", "字符型", "PUBLIC"),
                        item("businessItems", "经营项目", "字符型", "PUBLIC"),
                        item("validUntil", "有效期至", "日期型", "PUBLIC")),
                "UNCONDITIONAL", null, List.of("API", "FILE"), true, "每日", List.of(entities));
    }

    private static ResourceRequest creditTheme(String entities, String reports) {
        List<String> related = reports == null ? List.of(entities) : List.of(entities, reports);
        return new ResourceRequest("THEMATIC", "01", null, "法人信用主题信息",
                "围绕社会信用体系建设，汇集法人库基础信息、企业年度报告和各部门行政许可、行政处罚信息，形成法人信用主题资源。",
                "数据库", List.of(
                        item("creditCode", "统一社会信用代码", "字符型", "PUBLIC"),
                        item("name", "名称", "字符型", "PUBLIC"),
                        item("licences", "行政许可信息", "字符型", "PUBLIC"),
                        item("penalties", "行政处罚信息", "字符型", "PUBLIC"),
                        item("annualReportStatus", "年报报送情况", "字符型", "PUBLIC")),
                "UNCONDITIONAL", null, List.of("API"), false, "每日", related);
    }

    private static ResourceRequest.ItemRequest item(String key, String name, String type, String sensitivity) {
        return new ResourceRequest.ItemRequest(key, name, type, sensitivity);
    }
}
