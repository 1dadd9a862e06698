package org.yiwang.disclosure.internal.requests;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.common.WorkingDayCalendar;
import org.yiwang.common.files.FileRules;
import org.yiwang.common.files.FileStore;
import org.yiwang.common.files.StoredFile;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.WorkingDays;

/**
 * Written requests to 西湖区市场监管局 for the demo, with synthetic requesters: a year of answered requests in 2025
 * (one carried into 2026), and this year's, placed in working days before today so that the lists always show one
 * request overdue, one in its last days, one fresh and one waiting for a correction. Loads once.
 */
@Component
@Profile("demo")
@Order(60)
class DemoDisclosureRequests implements ApplicationRunner {

    static final String DEPARTMENT = "ZJ-HZ-XH-SCJG";
    private static final String DEMO = "演示数据";
    private static final String FIRST = "2024年度西湖区食品生产经营许可证的发放数量，按街道分列。";

    private final RequestRecords records;
    private final OrganizationDirectory organization;
    private final WorkingDays workingDays;
    private final FileStore files;
    private final RequestDesk desk;

    DemoDisclosureRequests(RequestRecords records, OrganizationDirectory organization, WorkingDays workingDays,
            FileStore files, RequestDesk desk) {
        this.records = records;
        this.organization = organization;
        this.workingDays = workingDays;
        this.files = files;
        this.desk = desk;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Department department = organization.departmentByCode(DEPARTMENT).orElse(null);
        if (department == null || records.existsWithDescription(FIRST)) {
            return;
        }
        WorkingDayCalendar calendar = workingDays.current();
        StatutoryClock clock = new StatutoryClock(calendar);
        long d = department.id();
        InfoRequest first = answered(received(d, "周明", RequesterKind.NATURAL_PERSON, FIRST, LocalDate.of(2025, 3, 10),
                clock), LocalDate.of(2025, 3, 28), department, draft("DISCLOSED", null, null, null, null, null,
                "已提供2024年度各街道食品生产经营许可证发放数量统计表。"));
        answered(received(d, "杭州示范餐饮管理有限公司", RequesterKind.LEGAL_PERSON,
                "本局2025年4月对本公司作出的行政处罚决定书及听证笔录。", LocalDate.of(2025, 5, 6), clock),
                LocalDate.of(2025, 5, 30), department, draft("PARTIALLY_DISCLOSED", "PRIVACY", null, null, null, null,
                        "提供行政处罚决定书；听证笔录中涉及证人个人信息的部分不予公开。"));
        answered(received(d, "吴晓燕", RequesterKind.NATURAL_PERSON, "文新街道某住宅小区3号楼电梯的年度定期检验报告。",
                LocalDate.of(2025, 6, 16), clock), LocalDate.of(2025, 6, 27), department,
                draft("NOT_RESPONSIBLE", null, null, null, null, "杭州市特种设备检测研究院",
                        "电梯定期检验报告由检验机构出具，请向该机构申请。"));
        answered(received(d, "郑立", RequesterKind.NATURAL_PERSON, "本局2025年第一季度局务会议纪要。",
                LocalDate.of(2025, 8, 4), clock), LocalDate.of(2025, 8, 29), department,
                draft("WITHHELD", "INTERNAL_AFFAIRS", null, null, null, null, "局务会议纪要属于内部事务信息。"));
        answered(received(d, "钱江示范食品有限公司", RequesterKind.LEGAL_PERSON,
                "2025年第二季度西湖区食品安全监督抽检结果汇总。", LocalDate.of(2025, 9, 15), clock),
                LocalDate.of(2025, 10, 17), department, draft("DISCLOSED", null, null, null, null, null,
                        "已提供抽检结果汇总表。"));
        answered(received(d, "何建平", RequesterKind.NATURAL_PERSON, "1998年西湖区某个体工商户的原始登记档案。",
                LocalDate.of(2025, 11, 3), clock), LocalDate.of(2025, 11, 20), department,
                draft("UNAVAILABLE", null, "NOT_HELD", null, null, null, "经检索，本机关未保存该年度的个体工商户纸质登记档案。"));
        InfoRequest carried = received(d, "孔令华", RequesterKind.NATURAL_PERSON, "价格检查的计划。",
                LocalDate.of(2025, 12, 22), clock);
        carried = step(carried.noticeCorrection("请说明所需计划的年度和检查领域。", null, LocalDate.of(2025, 12, 26), clock),
                "CORRECTION_NOTICED", "请说明所需计划的年度和检查领域。");
        carried = step(carried.correct("2026年度西湖区价格监督检查工作计划（民生领域）。", LocalDate.of(2026, 1, 5), clock),
                "CORRECTED", null);
        answered(carried, LocalDate.of(2026, 1, 20), department, draft("DISCLOSED", null, null, null, null, null,
                "已提供2026年度价格监督检查工作计划。"));
        answered(received(d, "王海", RequesterKind.NATURAL_PERSON, "2025年度西湖区广告监测发现的违法广告数量及查处情况。",
                LocalDate.of(2026, 3, 9), clock), LocalDate.of(2026, 4, 20), department,
                draft("DISCLOSED", null, null, null, null, null, "已提供统计表。"));
        answered(received(d, "周明", RequesterKind.NATURAL_PERSON, "2024年度西湖区食品生产经营许可证发放数量。",
                LocalDate.of(2026, 6, 1), clock), LocalDate.of(2026, 6, 12), department,
                draft("NOT_PROCESSED", null, null, "REPEATED", first.number(), null, "该信息已于2025年3月答复，不再重复处理。"));
        LocalDate today = desk.today();
        received(d, "陶文静", RequesterKind.NATURAL_PERSON, "2026年西湖区电动自行车产品质量监督抽查的结果。",
                back(calendar, today, 25), clock);
        received(d, "西溪示范电子商务有限公司", RequesterKind.LEGAL_PERSON, "2026年网络交易监测发现问题的处理情况统计。",
                back(calendar, today, 16), clock);
        received(d, "曹颖", RequesterKind.NATURAL_PERSON, "西湖区2026年度双随机抽查计划及抽查事项清单。",
                back(calendar, today, 2), clock);
        InfoRequest unclear = received(d, "许诺", RequesterKind.NATURAL_PERSON, "关于那家店的处理结果。",
                back(calendar, today, 4), clock);
        LocalDate noticed = calendar.addWorkingDays(unclear.receivedOn(), 1);
        step(unclear.noticeCorrection("请写明商户名称、地址和投诉或举报的时间。", null, noticed, clock), "CORRECTION_NOTICED",
                "请写明商户名称、地址和投诉或举报的时间。");
    }

    private InfoRequest received(long department, String name, RequesterKind kind, String description,
            LocalDate receivedOn, StatutoryClock clock) {
        Filing filing = new Filing(department, description, null, DeliveryForm.PAPER,
                new Filing.Contact("13900000000", null, "杭州市西湖区文三路示范地址1号"));
        InfoRequest request = records.insert(InfoRequest.received(filing,
                new InfoRequest.Requester(null, kind, name, filing.contact()), Channel.WRITTEN, receivedOn, clock));
        records.addStep(request.id(), "REGISTERED", null, DEMO, "received " + receivedOn);
        return request;
    }

    private InfoRequest answered(InfoRequest request, LocalDate on, Department department, Answer.Draft draft) {
        byte[] letter = AnswerLetter.docx(department.name(), request.number(), List.of(draft.summary()));
        StoredFile document = files.store(new ByteArrayInputStream(letter), FileRules.documents(letter.length),
                "document");
        Answer answer = Answer.checked(draft, true).withDocument(document);
        return step(request.answer(answer, null, on), "ANSWERED", answer.outcome().name());
    }

    private InfoRequest step(InfoRequest request, String action, String note) {
        records.updated(request);
        records.addStep(request.id(), action, null, DEMO, note);
        return request;
    }

    private static Answer.Draft draft(String outcome, String exemption, String unavailable, String notProcessed,
            String earlier, String body, String summary) {
        return new Answer.Draft(outcome, exemption, unavailable, notProcessed, earlier, body, null, summary);
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
