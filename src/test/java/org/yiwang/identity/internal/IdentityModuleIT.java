package org.yiwang.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.yiwang.identity.AccountKind;
import org.yiwang.identity.AccountRegistered;
import org.yiwang.support.SyntheticPeople;

/** The identity module with the modules it uses: registering a citizen publishes {@link AccountRegistered}. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class IdentityModuleIT {

    @Autowired RegistrationService registrations;

    @Test
    void registering_a_citizen_publishes_account_registered(Scenario scenario) {
        var form = new RegistrationService.CitizenForm(SyntheticPeople.idNumber().value(), "模块测试", "13900001111",
                "Module-test-2026");
        scenario.stimulate(() -> registrations.registerCitizen(form))
                .andWaitForEventOfType(AccountRegistered.class)
                .matching(event -> event.kind() == AccountKind.CITIZEN)
                .toArriveAndVerify(event -> assertThat(event.accountId()).isPositive());
    }
}
