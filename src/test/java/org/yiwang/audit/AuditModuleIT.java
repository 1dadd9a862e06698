package org.yiwang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

/** The audit module on its own (with the crypto module it needs): records chain and the chain verifies. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class AuditModuleIT {

    @Autowired AuditTrail trail;
    @Autowired AuditChain chain;

    @Test
    void a_record_written_in_isolation_extends_an_intact_chain() {
        long before = chain.verify().recordsChecked();
        trail.recordAs("module-test", "audit.module.test", "nothing", AuditOutcome.SUCCESS, null);
        ChainVerification after = chain.verify();
        assertThat(after.intact()).isTrue();
        assertThat(after.recordsChecked()).isEqualTo(before + 1);
    }
}
