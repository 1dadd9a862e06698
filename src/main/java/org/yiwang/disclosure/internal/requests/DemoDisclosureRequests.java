package org.yiwang.disclosure.internal.requests;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.common.WorkingDayCalendar;
import org.yiwang.identity.AccountKind;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.IdentityDirectory;
import org.yiwang.identity.StaffMember;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.WorkingDays;

/**
 * Written requests to 西湖区市场监管局 with synthetic requesters, registered, corrected, extended and answered by its
 * demo staff (冯公开 handles, 陈科长 approves) through the request desk, so that every step is checked, kept in the
 * history and audited as a real one. A year of answered requests in 2025 (one carried into 2026); and this year's,
 * placed in working days before today, so that the lists always show a request overdue, one in its last days, a new
 * one, one waiting for a correction, one corrected, one extended, one whose extension waits for approval and one
 * answered. Loads once.
 */
@Component
@Profile("demo")
@Order(60)
class DemoDisclosureRequests implements ApplicationRunner {

    static final String DEPARTMENT = "ZJ-HZ-XH-SCJG";
    static final String FIRST = "2024年度西湖区食品生产经营许可证的发放数量，按街道分列。";
    private static final Logger log = LoggerFactory.getLogger(DemoDisclosureRequests.class);

    private final RequestRecords records;
    private final OrganizationDirectory organization;
    private final IdentityDirectory identity;
    private final WorkingDays workingDays;
    private final RequestDesk desk;

    DemoDisclosureRequests(RequestRecords records, OrganizationDirectory organization, IdentityDirectory identity,
            WorkingDays workingDays, RequestDesk desk) {
        this.records = records;
        this.organization = organization;
        this.identity = identity;
        this.workingDays = workingDays;
        this.desk = desk;
    }

    /** The demo department's staff as the desk sees them: one who handles, one who also approves extensions. */
    private record Staff(Actor handler, Actor approver, Department department) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Department department = organization.departmentByCode(DEPARTMENT).orElse(null);
        if (department == null || records.existsWithDescription(FIRST)) {
            return;
        }
        List<StaffMember> handlers = identity.staffWithPermission(department.id(), Actor.HANDLE);
        StaffMember handler = handlers.stream().filter(m -> !m.permissions().contains(Actor.APPROVE)).findFirst()
                .orElse(null);
        StaffMember approver = handlers.stream().filter(m -> m.permissions().contains(Actor.APPROVE)).findFirst()
                .orElse(null);
        if (handler == null || approver == null) {
            log.warn("No disclosure officer and approver at {}: demo requests not loaded", DEPARTMENT);
            return;
        }
        Staff staff = new Staff(actor(handler), actor(approver), department);
        lastYear(staff);
        thisYear(staff, workingDays.current(), desk.today());
        log.info("Demo requests for disclosure loaded at {}", DEPARTMENT);
    }

    private void lastYear(Staff s) {
        InfoRequest first = registered(s, "周明", RequesterKind.NATURAL_PERSON, FIRST, "2025-03-10");
        answer(s, first, "2025-03-28", draft("DISCLOSED", null, null, null, null, null,
                "已提供2024年度各街道食品生产经营许可证发放数量统计表。"));
        answer(s, registered(s, "杭州示范餐饮管理有限公司", RequesterKind.LEGAL_PERSON,
                "本局2025年4月对本公司作出的行政处罚决定书及听证笔录。", "2025-05-06"), "2025-05-30",
                draft("PARTIALLY_DISCLOSED", "PRIVACY", null, null, null, null,
                        "提供行政处罚决定书；听证笔录中涉及证人个人信息的部分不予公开。"));
        answer(s, registered(s, "吴晓燕", RequesterKind.NATURAL_PERSON, "文新街道某住宅小区3号楼电梯的年度定期检验报告。",
                "2025-06-16"), "2025-06-27", draft("NOT_RESPONSIBLE", null, null, null, null, "杭州市特种设备检测研究院",
                        "电梯定期检验报告由检验机构出具，请向该机构申请。"));
        answer(s, registered(s, "郑立", RequesterKind.NATURAL_PERSON, "本局2025年第一季度局务会议纪要。", "2025-08-04"),
                "2025-08-29", draft("WITHHELD", "INTERNAL_AFFAIRS", null, null, null, null, "局务会议纪要属于内部事务信息。"));
        answer(s, registered(s, "钱江示范食品有限公司", RequesterKind.LEGAL_PERSON, "2025年第二季度西湖区食品安全监督抽检结果汇总。",
                "2025-09-15"), "2025-10-17", draft("DISCLOSED", null, null, null, null, null, "已提供抽检结果汇总表。"));
        answer(s, registered(s, "何建平", RequesterKind.NATURAL_PERSON, "1998年西湖区某个体工商户的原始登记档案。",
                "2025-11-03"), "2025-11-20", draft("UNAVAILABLE", null, "NOT_HELD", null, null, null,
                        "经检索，本机关未保存该年度的个体工商户纸质登记档案。"));
        InfoRequest carried = registered(s, "孔令华", RequesterKind.NATURAL_PERSON, "价格检查的计划。", "2025-12-22");
        desk.noticeCorrection(carried.id(), "请说明所需计划的年度和检查领域。", s.handler(), day("2025-12-26"));
        desk.correct(carried.id(), "2026年度西湖区价格监督检查工作计划（民生领域）。", s.handler(), day("2026-01-05"));
        answer(s, carried, "2026-01-20", draft("DISCLOSED", null, null, null, null, null, "已提供2026年度价格监督检查工作计划。"));
        answer(s, registered(s, "王海", RequesterKind.NATURAL_PERSON, "2025年度西湖区广告监测发现的违法广告数量及查处情况。",
                "2026-03-09"), "2026-04-20", draft("DISCLOSED", null, null, null, null, null, "已提供统计表。"));
        answer(s, registered(s, "周明", RequesterKind.NATURAL_PERSON, "2024年度西湖区食品生产经营许可证发放数量。",
                "2026-06-01"), "2026-06-12", draft("NOT_PROCESSED", null, null, "REPEATED", first.number(), null,
                        "该信息已于2025年3月答复，不再重复处理。"));
    }

    private void thisYear(Staff s, WorkingDayCalendar calendar, LocalDate today) {
        registered(s, "陶文静", RequesterKind.NATURAL_PERSON, "2026年西湖区电动自行车产品质量监督抽查的结果。",
                back(calendar, today, 25));
        registered(s, "西溪示范电子商务有限公司", RequesterKind.LEGAL_PERSON, "2026年网络交易监测发现问题的处理情况统计。",
                back(calendar, today, 16));
        registered(s, "曹颖", RequesterKind.NATURAL_PERSON, "西湖区2026年度双随机抽查计划及抽查事项清单。",
                back(calendar, today, 2));
        InfoRequest unclear = registered(s, "许诺", RequesterKind.NATURAL_PERSON, "关于那家店的处理结果。",
                back(calendar, today, 4));
        desk.noticeCorrection(unclear.id(), "请写明商户名称、地址和投诉或举报的时间。", s.handler(), back(calendar, today, 3));
        InfoRequest corrected = registered(s, "严冬", RequesterKind.NATURAL_PERSON, "去年那次抽检的报告。",
                back(calendar, today, 12));
        desk.noticeCorrection(corrected.id(), "请写明抽检的产品种类和大致时间。", s.handler(), back(calendar, today, 10));
        desk.correct(corrected.id(), "2025年第三季度西湖区儿童玩具产品质量监督抽检报告。", s.handler(), back(calendar, today, 6));
        InfoRequest extended = registered(s, "龙井示范茶业有限公司", RequesterKind.LEGAL_PERSON,
                "2026年西湖区茶叶产品质量抽检涉及本公司产品的检验报告及复检情况。", back(calendar, today, 18));
        desk.proposeExtension(extended.id(), 10, "涉及第三方检验机构的报告，需征求其意见。", s.handler(),
                back(calendar, today, 10));
        desk.decideExtension(extended.id(), true, "同意延期10个工作日。", s.approver(), back(calendar, today, 9));
        InfoRequest waiting = registered(s, "韦佳", RequesterKind.NATURAL_PERSON, "2026年西湖区加油站计量器具检定情况汇总。",
                back(calendar, today, 8));
        desk.proposeExtension(waiting.id(), 15, "数据分散在多个科室，需要汇总核对。", s.handler(), back(calendar, today, 1));
        InfoRequest recent = registered(s, "沈一鸣", RequesterKind.NATURAL_PERSON, "2026年西湖区消费投诉热点分析报告。",
                back(calendar, today, 14));
        answer(s, recent, back(calendar, today, 3).toString(), draft("DISCLOSED", null, null, null, null, null,
                "已提供2026年上半年消费投诉热点分析报告。"));
    }

    private InfoRequest registered(Staff s, String name, RequesterKind kind, String description, String receivedOn) {
        return registered(s, name, kind, description, day(receivedOn));
    }

    private InfoRequest registered(Staff s, String name, RequesterKind kind, String description, LocalDate received) {
        Filing.Draft filing = new Filing.Draft(null, description, null, "PAPER", "13900000000", null,
                "杭州市西湖区文三路示范地址1号");
        return desk.registerWritten(new RequestDesk.WrittenDraft(name, kind.name(), received.toString(), filing),
                s.handler(), received);
    }

    private void answer(Staff s, InfoRequest request, String on, Answer.Draft draft) {
        byte[] letter = AnswerLetter.docx(s.department().name(), request.number(), List.of(draft.summary()));
        desk.answer(request.id(), draft, () -> new ByteArrayInputStream(letter), s.handler(), day(on));
    }

    private static Actor actor(StaffMember member) {
        return new Actor(new AccountPrincipal(member.accountId(), AccountKind.STAFF, member.displayName(),
                member.displayName(), member.departmentId(), false), member.permissions());
    }

    private static Answer.Draft draft(String outcome, String exemption, String unavailable, String notProcessed,
            String earlier, String body, String summary) {
        return new Answer.Draft(outcome, exemption, unavailable, notProcessed, earlier, body, null, summary);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** The working day {@code days} working days before {@code today}. */
    private static LocalDate back(WorkingDayCalendar calendar, LocalDate today, int days) {
        LocalDate day = today;
        for (int left = days; left > 0; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
