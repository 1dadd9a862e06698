package org.yiwang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.yiwang.common.IdNumber;
import org.yiwang.support.SyntheticPeople;

/** The registry module with the modules it depends on: a registration publishes its change event. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class RegistryModuleIT {

    @Autowired PopulationRegister population;
    @Autowired PersonCodec codec;

    @Test
    void registering_a_person_publishes_person_changed_with_his_blind_index(Scenario scenario) {
        IdNumber id = SyntheticPeople.idNumber();
        PersonInput input = new PersonInput(id.value(), "模块测试", null, null, "01", "330106",
                "浙江省杭州市西湖区文三路 90 号", null, null, "10", null);
        scenario.stimulate(() -> population.register(input, new ChangeSource(1, "module-test")))
                .andWaitForEventOfType(PersonChanged.class)
                .matching(event -> event.idNumberIndex().equals(codec.index(id)))
                .toArriveAndVerify((event, personId) -> {
                    assertThat(event.personId()).isEqualTo(personId);
                    assertThat(event.changedFields()).contains("idNumber", "name", "householdDivision");
                });
    }
}
