package org.yiwang.registry.internal;

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
import org.yiwang.common.CreditCode;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.IdNumber;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.registry.ChangeSource;
import org.yiwang.registry.EntityInput;
import org.yiwang.registry.LegalEntityRegister;
import org.yiwang.registry.PersonInput;
import org.yiwang.registry.PopulationRegister;

/**
 * Demo register data: the demo citizens 张三 and 李四 (so that "my record" shows something), a few more people,
 * and the demo enterprise with 张三 as its legal representative. All synthetic; loading twice changes nothing.
 */
@Component
@Profile("demo")
@Order(30)
class DemoRegisters implements ApplicationRunner {

    static final IdNumber ZHANG_SAN = id("330106", 1985, 3, 12, 101);
    static final IdNumber LI_SI = id("330212", 1990, 7, 8, 202);
    static final CreditCode DEMO_ENTERPRISE = CreditCode.of('9', '1', DivisionCode.parse("330106"), "MA2H0Q1D");
    private static final String POLICE = "ZJ-HZ-GA";
    private static final String MARKET_REGULATION = "ZJ-HZ-XH-SCJG";
    private static final Logger log = LoggerFactory.getLogger(DemoRegisters.class);

    private final PopulationRegister population;
    private final LegalEntityRegister entities;
    private final OrganizationDirectory organization;

    DemoRegisters(PopulationRegister population, LegalEntityRegister entities, OrganizationDirectory organization) {
        this.population = population;
        this.entities = entities;
        this.organization = organization;
    }

    static List<PersonInput> people() {
        return List.of(
                person(ZHANG_SAN, "张三", "01", "330106", "浙江省杭州市西湖区文三路 90 号", "13800000001", "20"),
                person(LI_SI, "李四", "01", "330212", "浙江省宁波市鄞州区天童南路 588 号", "13800000002", "10"),
                person(id("330106", 1988, 6, 21, 224), "王芳", "01", "330106", "浙江省杭州市西湖区古墩路 1 号", "13900000003", "20"),
                person(id("330102", 1995, 2, 14, 46), "欧阳娜娜", "03", "330102", "浙江省杭州市上城区解放路 18 号", null, "10"),
                person(id("330106", 1979, 10, 1, 315), "扎西", "04", "330106", "浙江省杭州市西湖区天目山路 7 号", "13700000005", "40"),
                person(id("330106", 1960, 1, 20, 128), "陈静", "22", "330106", "浙江省杭州市西湖区北山街 3 号", null, "30"));
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (population.find(ZHANG_SAN).isPresent()) {
            return;
        }
        ChangeSource police = source(POLICE);
        people().forEach(p -> population.register(p, police));
        entities.register(new EntityInput(DEMO_ENTERPRISE.value(), "杭州一网示范科技有限公司", "LIMITED_LIABILITY_COMPANY",
                ZHANG_SAN.value(), "1000000.00", "2019-05-20", "杭州市西湖区市场监督管理局", "330106",
                "浙江省杭州市西湖区文一西路 969 号", "软件开发；信息技术咨询服务；数据处理服务", "SUBSISTING"),
                source(MARKET_REGULATION));
        log.info("Demo registers loaded: {} people, enterprise {}", people().size(), DEMO_ENTERPRISE.value());
    }

    private ChangeSource source(String departmentCode) {
        long department = organization.departmentByCode(departmentCode)
                .orElseThrow(() -> new IllegalStateException("Demo department " + departmentCode + " is missing"))
                .id();
        return new ChangeSource(department, "demo");
    }

    private static PersonInput person(IdNumber id, String name, String ethnicity, String division, String address,
            String phone, String maritalStatus) {
        return new PersonInput(id.value(), name, null, null, ethnicity, division, address, address, phone,
                maritalStatus, "LIVING");
    }

    private static IdNumber id(String division, int year, int month, int day, int sequence) {
        return IdNumber.of(DivisionCode.parse(division), LocalDate.of(year, month, day), sequence);
    }
}
