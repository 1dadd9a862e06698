package org.yiwang.identity.internal;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.identity.AccountKind;

/**
 * A platform on an empty database has nobody to administer it. The first start creates the three separated
 * administrators with one-time passwords written once to the log; each must choose his own password and
 * enrol a second factor at first sign-in. The system administrator then builds the organization.
 */
@Component
@Profile("!demo")
@Order(20)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    AdminBootstrap(AccountRepository accounts, PasswordEncoder passwords, JdbcClient jdbc, AuditTrail audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean administered = jdbc.sql("select count(*) from identity.account_role where role_code = 'SYSTEM_ADMIN'")
                .query(Integer.class).single() > 0;
        if (administered) {
            return;
        }
        StringBuilder report = new StringBuilder();
        for (String[] admin : new String[][] {{"sysadmin", "系统管理员", "SYSTEM_ADMIN"},
                {"secadmin", "安全管理员", "SECURITY_ADMIN"}, {"auditadmin", "审计管理员", "AUDIT_ADMIN"}}) {
            if (accounts.usernameTaken(admin[0])) {
                continue;
            }
            String password = oneTimePassword();
            long id = accounts.insert(new AccountRepository.NewAccount(AccountKind.STAFF, admin[0], null, null, null,
                    null, admin[1], null, null, null, null, passwords.encode(password), true));
            accounts.grant(id, "STAFF", "bootstrap");
            accounts.grant(id, admin[2], "bootstrap");
            audit.recordAs("bootstrap", "identity.admin.bootstrap", "account:" + id, AuditOutcome.SUCCESS, admin[0]);
            report.append("\n    ").append(admin[0]).append("  ").append(password);
        }
        log.warn("""
                First start on an empty database: created the three administrator accounts. These one-time
                passwords are shown only now; each administrator must replace his at first sign-in:{}""", report);
    }

    /** 16 characters with upper, lower, digits and a symbol, so it passes the password rules. */
    private String oneTimePassword() {
        StringBuilder password = new StringBuilder("#");
        password.append((char) ('A' + random.nextInt(26))).append((char) ('a' + random.nextInt(26)))
                .append((char) ('2' + random.nextInt(8)));
        while (password.length() < 16) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
