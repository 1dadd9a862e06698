package org.yiwang.services.internal.cases;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.yiwang.common.WorkingDayCalendar;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.IdentityDirectory;
import org.yiwang.identity.StaffMember;
import org.yiwang.organization.WorkingDays;
import org.yiwang.workflow.TaskActor;
import org.yiwang.workflow.Workflow;
import org.yiwang.workflow.WorkflowTask;

/**
 * Six demo cases of 西湖区, filed by the demo applicants and driven through the real process models by the demo
 * staff, exactly as their pages would: three finished with a sealed licence (two 营业执照, one 食品经营许可证),
 * two waiting at a step (出生一件事 at 公安 and 医保, 就业登记 at the window) and one whose examination is
 * overdue, so that 电子监察 shows red. Each case is loaded once: its key is kept with its application number.
 */
@Component
@Profile("demo")
@Order(70)
class DemoCases implements ApplicationRunner {

    static final String LICENCE_ESTABLISHMENT = "licence-establishment";
    static final String LICENCE_ESTABLISHMENT_LI_SI = "licence-establishment-li-si";
    static final String LICENCE_FOOD = "licence-food";
    static final String WAITING_BIRTH = "waiting-birth";
    static final String WAITING_ACCEPTANCE = "waiting-acceptance";
    static final String OVERDUE_EXAMINATION = "overdue-examination";
    /** How many working days the overdue demo step is past its deadline. */
    static final int OVERDUE_WORKING_DAYS = 3;

    static final String ZHANG_SAN = "330106198503121012";
    static final String LI_SI = "330212199007082023";
    static final String ENTERPRISE = "91330106MA2H0Q1DXM";

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final Applying applying;
    private final Processing processing;
    private final Workflow workflow;
    private final IdentityDirectory identity;
    private final ApplicationRepository applications;
    private final WorkingDays workingDays;
    private final Clock clock;

    DemoCases(Applying applying, Processing processing, Workflow workflow, IdentityDirectory identity,
            ApplicationRepository applications, WorkingDays workingDays, Clock clock) {
        this.applying = applying;
        this.processing = processing;
        this.workflow = workflow;
        this.identity = identity;
        this.applications = applications;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Supplier<String>> cases = new LinkedHashMap<>();
        cases.put(LICENCE_ESTABLISHMENT, () -> establishment(ZHANG_SAN, "张三", "杭州西湖云栖数字科技有限公司",
                "杭州市西湖区文三路 90 号", "软件开发；信息技术咨询服务；数据处理服务", "13800001234"));
        cases.put(LICENCE_ESTABLISHMENT_LI_SI, () -> establishment(LI_SI, "李四", "杭州西湖知味餐饮管理有限公司",
                "杭州市西湖区古墩路 188 号", "餐饮管理；食品销售（仅销售预包装食品）", "13900002345"));
        cases.put(LICENCE_FOOD, this::foodLicence);
        cases.put(WAITING_BIRTH, this::birthWaitingAtPoliceAndInsurance);
        cases.put(WAITING_ACCEPTANCE, this::employmentWaitingAtTheWindow);
        cases.put(OVERDUE_EXAMINATION, this::employmentOverdueAtExamination);
        cases.forEach((key, load) -> {
            if (applications.demoCase(key).isEmpty()) {
                try {
                    String number = load.get();
                    applications.demoCaseLoaded(key, number);
                    log.info("Demo case {} loaded as application {}", key, number);
                } catch (RuntimeException e) {
                    log.warn("Demo case {} was not loaded: {}", key, e.getMessage());
                }
            }
        });
    }

    /** A demo account applying, as signed in and as the use cases see him. */
    private record Who(AccountPrincipal principal, Applicant applicant) {
    }

    private String establishment(String founder, String name, String enterprise, String domicile, String scope,
            String phone) {
        Who applicant = applicant(founder);
        String number = submit(applicant, "XH-QYKB-001", Map.of("enterpriseName", enterprise,
                "registeredCapital", "100", "domicileAddress", domicile, "businessScope", scope, "employees", "6",
                "investorName", name, "investorIdNumber", founder, "phone", phone),
                Map.of("identity", material(applicant, "identity"), "premises", material(applicant, "premises"),
                        "articles", material(applicant, "articles")), false);
        take(number, "accept", "clerk", Outcome.ACCEPT, "材料齐全，予以受理");
        take(number, "register", "examiner", Outcome.PASS, "名称、住所、章程符合规定");
        take(number, "tax", "taxofficer", Outcome.PASS, "已完成税务登记并核定票种");
        take(number, "socialInsurance", "hrofficer", Outcome.PASS, "已办理单位参保登记");
        take(number, "decide", "officer", Outcome.APPROVE, "准予设立登记，核发营业执照");
        return number;
    }

    private String foodLicence() {
        Who enterprise = applicant(ENTERPRISE);
        String number = submit(enterprise, "XH-SPJY-002", Map.of("premises", "杭州市西湖区文三路 200 号一楼",
                "category", "预包装食品销售", "area", "60", "manager", "王晓丽"),
                Map.of("floorPlan", material(enterprise, "floor-plan"), "safetyRules",
                        material(enterprise, "safety-rules")), true);
        take(number, "accept", "clerk", Outcome.ACCEPT, "材料齐全，予以受理");
        take(number, "examine", "examiner", Outcome.PASS, "现场核查：布局合理，设施符合要求");
        take(number, "decide", "officer", Outcome.APPROVE, "准予许可");
        take(number, "conclude", "clerk", Outcome.PASS, "已送达食品经营许可证");
        return number;
    }

    private String birthWaitingAtPoliceAndInsurance() {
        Who parent = applicant(ZHANG_SAN);
        String number = submit(parent, "XH-CSYJS-003", Map.of("babyName", "张小满", "babySex", "女",
                "birthDate", today().minusDays(12).toString(), "certificateNumber", "Q330106012",
                "householdAddress", "杭州市西湖区文三路 90 号"),
                Map.of("birthCertificate", material(parent, "birth-certificate")), true);
        take(number, "accept", "clerk", Outcome.ACCEPT, "材料齐全，予以受理");
        take(number, "verifyBirth", "healthofficer", Outcome.PASS, "出生医学证明真实有效");
        return number;
    }

    private String employmentWaitingAtTheWindow() {
        Who applicant = applicant(LI_SI);
        return submit(applicant, "XH-JYDJ-005", Map.of("applicantName", "李四", "idNumber", LI_SI,
                "phone", "13900002345"), Map.of("identity", material(applicant, "identity"),
                        "application", material(applicant, "employment-form")), false);
    }

    /** Accepted, then examined too slowly: the examination's deadline lies some working days back. */
    private String employmentOverdueAtExamination() {
        Who applicant = applicant(ZHANG_SAN);
        String number = submit(applicant, "XH-JYDJ-005", Map.of("applicantName", "张三", "idNumber", ZHANG_SAN,
                "phone", "13800001234"), Map.of("identity", material(applicant, "identity"),
                        "application", material(applicant, "employment-form")), false);
        take(number, "accept", "clerk", Outcome.ACCEPT, "材料齐全，予以受理");
        WorkflowTask examine = openStep(number, "examine");
        workflow.setDeadline(examine.id(), workingDaysAgo(OVERDUE_WORKING_DAYS));
        return number;
    }

    private String submit(Who who, String item, Map<String, String> form, Map<String, String> materials,
            boolean consent) {
        return as(who.principal(), Set.of("services:apply"),
                () -> applying.submit(who.applicant(), item, form, materials, consent).application().number());
    }

    /** The demo staff member takes the step as his workbench would let him: claim and complete with an opinion. */
    private void take(String number, String step, String username, Outcome outcome, String opinion) {
        AccountPrincipal principal = identity.principalOf(username).orElseThrow(
                () -> new IllegalStateException("no demo staff member " + username));
        StaffMember member = identity.staffMember(principal.accountId()).orElseThrow();
        TaskActor actor = Staff.actor(member.accountId(), member.departmentId(), member.permissions());
        WorkflowTask task = openStep(number, step);
        as(principal, member.permissions(),
                () -> processing.complete(task.id(), actor, principal.getName(), outcome, opinion));
    }

    private WorkflowTask openStep(String number, String step) {
        List<WorkflowTask> open = workflow.openTasks(number);
        return open.stream().filter(t -> t.step().equals(step)).findFirst().orElseThrow(
                () -> new IllegalStateException(number + " has no open step " + step + " but " + open));
    }

    private Who applicant(String login) {
        AccountPrincipal principal = identity.principalOf(login).orElseThrow(
                () -> new IllegalStateException("no demo account " + login));
        return new Who(principal,
                Applicant.of(principal, () -> identity.idNumberIndexOf(principal.accountId()).orElse(null)));
    }

    private String material(Who who, String name) {
        return as(who.principal(), Set.of("services:apply"), () -> applying.upload(who.applicant(),
                new ByteArrayInputStream(pdf(name)), name + ".pdf", "file").digest());
    }

    /** Runs a use case in the name of the account, so that the audit trail names who did it. */
    private static <T> T as(AccountPrincipal principal, Set<String> permissions, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                permissions.stream().map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Applying.ZONE));
    }

    /** The working day that lies {@code days} working days before today, as 电子监察 counts the days over. */
    private LocalDate workingDaysAgo(int days) {
        WorkingDayCalendar calendar = workingDays.current();
        LocalDate today = today();
        LocalDate day = today.minusDays(1);
        while (!calendar.isWorkingDay(day) || calendar.countWorkingDays(day, today) < days) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** A one-page scan stand-in: a real PDF naming the material, so the file store recognises it by content. */
    private static byte[] pdf(String material) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(72, 720);
                text.showText("Yiwang demo material: " + material);
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
