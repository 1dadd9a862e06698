package org.yiwang.identity.internal;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.common.CreditCode;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.IdNumber;
import org.yiwang.crypto.CryptoService;
import org.yiwang.identity.AccountKind;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;

/**
 * Demo users, one of each kind, in the demo departments of 浙江省. Every person is synthetic: the ID
 * numbers are built from a real division, a birth date and a sequence, with the check character computed.
 * Loading twice changes nothing; a staff member added to {@link #STAFF} later is added on the next start. Staff enrol their authenticator at first sign-in.
 */
@Component
@Profile("demo")
@Order(20)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Yiwang@2026";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record DemoStaff(String username, String name, IdNumber id, AccountKind kind, String department,
            String position, List<String> roles, boolean subordinateScope) {
    }

    static final IdNumber ZHANG_SAN = IdNumber.of(DivisionCode.parse("330106"), LocalDate.of(1985, 3, 12), 101);
    static final IdNumber LI_SI = IdNumber.of(DivisionCode.parse("330212"), LocalDate.of(1990, 7, 8), 202);
    static final CreditCode DEMO_ENTERPRISE = CreditCode.of('9', '1', DivisionCode.parse("330106"), "MA2H0Q1D");

    static final List<DemoStaff> STAFF = List.of(
            new DemoStaff("clerk", "王窗口", id("330106", 1992, 4, 18, 311), AccountKind.STAFF, "ZJ-HZ-XH-ZWFW",
                    "WINDOW-CLERK", List.of("REGISTRY_READER"), false),
            new DemoStaff("officer", "赵审查", id("330106", 1988, 11, 2, 415), AccountKind.STAFF, "ZJ-HZ-XH-SCJG",
                    "CLERK", List.of("REGISTRY_OFFICER"), false),
            new DemoStaff("chief", "钱处长", id("330102", 1979, 6, 9, 523), AccountKind.STAFF, "ZJ-HZ-SCJG",
                    "SECTION-CHIEF", List.of("REGISTRY_KEEPER"), true),
            new DemoStaff("leader", "孙局长", id("330102", 1970, 9, 14, 631), AccountKind.LEADER, "ZJ-HZ-SCJG",
                    "HEAD", List.of(), true),
            new DemoStaff("sysadmin", "周系统", id("330106", 1986, 2, 28, 745), AccountKind.STAFF, "ZJ-DSJ",
                    "SYSADMIN", List.of("SYSTEM_ADMIN"), false),
            new DemoStaff("secadmin", "吴安全", id("330106", 1983, 5, 17, 853), AccountKind.STAFF, "ZJ-DSJ",
                    null, List.of("SECURITY_ADMIN"), false),
            new DemoStaff("auditadmin", "郑审计", id("330106", 1987, 8, 22, 961), AccountKind.STAFF, "ZJ-DSJ",
                    null, List.of("AUDIT_ADMIN"), false),
            // services: the window clerk accepts and keeps the service catalog, the market-regulation officer
            // examines and decides, the leader supervises deadlines; the back-office staff of 西湖区 take the steps
            new DemoStaff("clerk", "王窗口", id("330106", 1992, 4, 18, 311), AccountKind.STAFF, "ZJ-HZ-XH-ZWFW",
                    "WINDOW-CLERK", List.of("SERVICES_WINDOW", "SERVICES_CATALOG"), false),
            new DemoStaff("officer", "赵审查", id("330106", 1988, 11, 2, 415), AccountKind.STAFF, "ZJ-HZ-XH-SCJG",
                    "CLERK", List.of("SERVICES_DECIDER"), false),
            new DemoStaff("leader", "孙局长", id("330102", 1970, 9, 14, 631), AccountKind.LEADER, "ZJ-HZ-SCJG",
                    "HEAD", List.of("SERVICES_SUPERVISOR"), true),
            new DemoStaff("examiner", "陈核准", id("330106", 1991, 3, 7, 217), AccountKind.STAFF, "ZJ-HZ-XH-SCJG",
                    null, List.of("SERVICES_EXAMINER"), false),
            new DemoStaff("taxofficer", "韩税务", id("330106", 1989, 10, 21, 325), AccountKind.STAFF, "ZJ-HZ-XH-SW",
                    null, List.of("SERVICES_EXAMINER"), false),
            new DemoStaff("hrofficer", "褚社保", id("330106", 1990, 1, 15, 433), AccountKind.STAFF, "ZJ-HZ-XH-RS",
                    null, List.of("SERVICES_DECIDER"), false),
            new DemoStaff("healthofficer", "卫健康", id("330106", 1987, 6, 30, 548), AccountKind.STAFF, "ZJ-HZ-XH-WJ",
                    null, List.of("SERVICES_DECIDER"), false),
            new DemoStaff("policeofficer", "蒋户籍", id("330106", 1984, 12, 3, 659), AccountKind.STAFF, "ZJ-HZ-XH-GA",
                    null, List.of("SERVICES_EXAMINER"), false),
            new DemoStaff("insuranceofficer", "沈医保", id("330106", 1993, 8, 11, 767), AccountKind.STAFF,
                    "ZJ-HZ-XH-YB", null, List.of("SERVICES_EXAMINER"), false),
            // catalog: the big-data bureau's cataloguer, and the resource catalog role for chief
            new DemoStaff("cataloguer", "冯编目", id("330106", 1991, 10, 23, 177), AccountKind.STAFF, "ZJ-DSJ",
                    "CLERK", List.of("CATALOG_MAINTAINER"), false),
            new DemoStaff("chief", "钱处长", id("330102", 1979, 6, 9, 523), AccountKind.STAFF, "ZJ-HZ-SCJG",
                    "SECTION-CHIEF", List.of("CATALOG_MAINTAINER"), true),
            // exchange: a consumer at 西湖区人社 and the provider's approver at 大数据局, which provides the base registers
            new DemoStaff("consumer", "冯共享", id("330106", 1990, 3, 6, 173), AccountKind.STAFF, "ZJ-HZ-XH-RS",
                    null, List.of("EXCHANGE_CONSUMER"), false),
            new DemoStaff("approver", "陈审批", id("330106", 1984, 10, 19, 287), AccountKind.STAFF, "ZJ-DSJ",
                    null, List.of("EXCHANGE_APPROVER"), false),
            // disclosure (政务公开): an author and a reviewer in two departments, and the province's archivist
            new DemoStaff("gk-author", "林晓雯", id("330106", 1993, 3, 8, 122), AccountKind.STAFF, "ZJ-HZ-XH-BGS",
                    "CLERK", List.of("DISCLOSURE_AUTHOR"), false),
            new DemoStaff("gk-reviewer", "韩志远", id("330106", 1981, 12, 1, 233), AccountKind.STAFF, "ZJ-HZ-XH-BGS",
                    "SECTION-CHIEF", List.of("DISCLOSURE_REVIEWER"), false),
            new DemoStaff("tj-author", "沈佳怡", id("330102", 1994, 7, 19, 342), AccountKind.STAFF, "ZJ-TJ",
                    "CLERK", List.of("DISCLOSURE_AUTHOR"), false),
            new DemoStaff("tj-reviewer", "罗明", id("330102", 1978, 4, 26, 451), AccountKind.STAFF, "ZJ-TJ",
                    "SECTION-CHIEF", List.of("DISCLOSURE_REVIEWER"), false),
            new DemoStaff("gk-archivist", "许文博", id("330106", 1984, 10, 30, 565), AccountKind.STAFF, "ZJ-BGT",
                    "SECTION-CHIEF", List.of("DISCLOSURE_REVIEWER", "DISCLOSURE_ARCHIVIST"), true),
            // licences & ratings (services results): a rating supervisor of 杭州市政务服务中心 who sees the
            // ratings of every department in the city's districts, and a licence officer of 西湖区市场监管局
            new DemoStaff("ratings", "陈督查", id("330102", 1981, 3, 26, 173), AccountKind.STAFF, "ZJ-HZ-ZWFW",
                    null, List.of("RATING_SUPERVISOR"), true),
            new DemoStaff("licensing", "林证照", id("330106", 1990, 10, 5, 287), AccountKind.STAFF, "ZJ-HZ-XH-SCJG",
                    null, List.of("LICENCE_OFFICER"), false),
            // disclosure on request (drequests): the disclosure officer of 西湖区市场监管局, the section chief who
            // approves extensions, and a supervisor at 西湖区政务服务中心 who sees overdue requests of every 西湖区 department
            new DemoStaff("gkofficer", "冯公开", id("330106", 1991, 3, 5, 127), AccountKind.STAFF, "ZJ-HZ-XH-SCJG",
                    "CLERK", List.of("DISCLOSURE_REQUEST_OFFICER"), false),
            new DemoStaff("gkchief", "陈科长", id("330106", 1982, 10, 21, 235), AccountKind.STAFF, "ZJ-HZ-XH-SCJG",
                    "SECTION-CHIEF", List.of("DISCLOSURE_REQUEST_APPROVER"), false),
            new DemoStaff("gksupervisor", "褚督查", id("330106", 1984, 12, 8, 343), AccountKind.STAFF, "ZJ-HZ-XH-ZWFW",
                    "WINDOW-LEAD", List.of("DISCLOSURE_REQUEST_SUPERVISOR"), true));

    private final AccountRepository accounts;
    private final OrganizationDirectory organization;
    private final PasswordEncoder passwords;
    private final CryptoService crypto;

    DemoAccounts(AccountRepository accounts, OrganizationDirectory organization, PasswordEncoder passwords,
            CryptoService crypto) {
        this.accounts = accounts;
        this.organization = organization;
        this.passwords = passwords;
        this.crypto = crypto;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = passwords.encode(PASSWORD);
        if (accounts.byUsername("sysadmin").isEmpty()) {
            loadCitizensAndEnterprise(hash);
        }
        List<String> added = new java.util.ArrayList<>();
        for (DemoStaff s : STAFF) {
            var existing = accounts.byUsername(s.username());
            if (existing.isEmpty()) {
                addStaff(s, hash);
                added.add(s.username());
            } else {
                // a later entry for the same username adds the roles another module gives him
                s.roles().forEach(role -> accounts.grant(existing.get().id(), role, "demo"));
            }
        }
        if (!added.isEmpty()) {
            log.info("Demo accounts loaded (password {}): citizens {} and {}, enterprise {}, staff {}", PASSWORD,
                    ZHANG_SAN.value(), LI_SI.value(), DEMO_ENTERPRISE.value(), added);
        }
    }

    private void loadCitizensAndEnterprise(String hash) {
        long zhang = citizen(ZHANG_SAN, "张三", "13800000001", hash);
        citizen(LI_SI, "李四", "13800000002", hash);
        long enterprise = accounts.insert(new AccountRepository.NewAccount(AccountKind.ENTERPRISE, null, null, null, null,
                DEMO_ENTERPRISE.value(), "杭州一网示范科技有限公司", null, zhang, null, null, hash, false));
        accounts.grant(enterprise, "ENTERPRISE", "demo");
    }

    private void addStaff(DemoStaff s, String hash) {
        Department department = organization.departmentByCode(s.department()).orElseThrow(
                () -> new IllegalStateException("Demo department " + s.department() + " is missing"));
        Long position = s.position() == null ? null : organization.positionsOf(department.id()).stream()
                .filter(p -> p.code().equals(s.position())).map(p -> p.id()).findFirst().orElse(null);
        long id = accounts.insert(new AccountRepository.NewAccount(s.kind(), s.username(),
                crypto.blindIndex(s.id().value()), crypto.encrypt(s.id().value()), s.id().masked(), null, s.name(),
                null, null, department.id(), position, hash, false));
        accounts.grant(id, "STAFF", "demo");
        if (s.kind() == AccountKind.LEADER) {
            accounts.grant(id, "LEADER", "demo");
        }
        s.roles().forEach(role -> accounts.grant(id, role, "demo"));
        accounts.setScope(id, s.subordinateScope());
    }

    private long citizen(IdNumber id, String name, String phone, String hash) {
        long account = accounts.insert(new AccountRepository.NewAccount(AccountKind.CITIZEN, null,
                crypto.blindIndex(id.value()), crypto.encrypt(id.value()), id.masked(), null, name,
                crypto.encrypt(phone), null, null, null, hash, false));
        accounts.grant(account, "CITIZEN", "demo");
        return account;
    }

    private static IdNumber id(String division, int year, int month, int day, int sequence) {
        return IdNumber.of(DivisionCode.parse(division), LocalDate.of(year, month, day), sequence);
    }
}
