package org.yiwang.registry.internal.synthetic;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yiwang.common.CreditCode;
import org.yiwang.common.DivisionCode;
import org.yiwang.registry.EntityInput;

/**
 * Made-up legal entities registered by the market regulator (authority 9) of a county: companies (type 1), individual
 * businesses (2) and farmers' cooperatives (3), each with a credit code built by {@link CreditCode#of}, a name, a
 * legal representative drawn from the given adults, a capital, a founding date after the representative came of age,
 * and a status. Credit codes never repeat within one run.
 */
final class EntityGenerator extends Generated<EntityInput> {

    private static final LocalDate EARLIEST_FOUNDING = LocalDate.of(1993, 1, 1);
    private static final String BODY_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String[] TRADE_NAMES = {"恒达", "宏远", "鑫源", "华诚", "瑞丰", "永盛", "金桥", "天成", "新锐",
            "博雅", "联创", "嘉禾", "润泽", "明德", "远航", "中和", "汇通", "昌隆", "星辰", "绿源", "安信", "百川", "致远", "同心"};
    private static final String[][] INDUSTRIES = {
            {"科技", "技术开发、技术咨询、技术服务；软件开发"},
            {"贸易", "日用百货、五金交电、服装鞋帽的批发与零售"},
            {"建筑工程", "房屋建筑工程、市政公用工程施工"},
            {"餐饮管理", "餐饮服务；餐饮管理"},
            {"物流", "普通货运；仓储服务（不含危险品）"},
            {"文化传媒", "文化艺术交流活动策划；广告设计、制作、发布"},
            {"机械制造", "通用设备、专用设备制造与销售"},
            {"农业开发", "农作物种植；农产品初加工与销售"}};

    /** A representative and the day he turned 18: no entity is founded before it. */
    record Adult(String idNumber, LocalDate adultOn) {
    }

    private final List<Place> places;
    private final List<Adult> representatives;
    private final Set<String> issued = new HashSet<>();

    EntityGenerator(List<Place> places, List<Adult> representatives, long count, long seed) {
        super(count, seed);
        if (places.isEmpty() || representatives.isEmpty()) {
            throw new IllegalArgumentException("entities need places and adults to represent them");
        }
        this.places = List.copyOf(places);
        this.representatives = List.copyOf(representatives);
    }

    @Override
    protected EntityInput produce() {
        Place place = places.get(random.nextInt(places.size()));
        Adult representative = representatives.get(random.nextInt(representatives.size()));
        int draw = random.nextInt(100);
        char type = draw < 75 ? '1' : draw < 95 ? '2' : '3';
        CreditCode code = newCreditCode(type, place);
        String[] industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
        String trade = TRADE_NAMES[random.nextInt(TRADE_NAMES.length)];
        String name = switch (type) {
            case '1' -> place.shortName() + trade + industry[0] + (random.nextInt(10) == 0 ? "股份有限公司" : "有限公司");
            case '2' -> place.shortName() + trade + industry[0] + "经营部";
            default -> place.shortName() + trade + "农民专业合作社";
        };
        String entityType = switch (type) {
            case '1' -> name.endsWith("股份有限公司") ? "JOINT_STOCK_COMPANY" : "LIMITED_LIABILITY_COMPANY";
            case '2' -> "INDIVIDUAL_BUSINESS";
            default -> "FARMERS_COOPERATIVE";
        };
        long capitalYuan = type == '1' ? 100_000L * (1 + random.nextInt(500)) : 10_000L * (1 + random.nextInt(50));
        LocalDate earliest = representative.adultOn().isAfter(EARLIEST_FOUNDING) ? representative.adultOn()
                : EARLIEST_FOUNDING;
        int span = (int) Math.max(0, PersonGenerator.REFERENCE_DATE.toEpochDay() - earliest.toEpochDay());
        LocalDate founded = earliest.plusDays(random.nextInt(span + 1));
        int statusDraw = random.nextInt(100);
        String status = statusDraw < 90 ? "SUBSISTING" : statusDraw < 94 ? "REVOKED" : "DEREGISTERED";
        return new EntityInput(code.value(), name, entityType, representative.idNumber(), capitalYuan + ".00",
                founded.toString(), place.shortName() + "市场监督管理局", place.code(), Addresses.address(random, place),
                industry[1], status);
    }

    private CreditCode newCreditCode(char type, Place place) {
        DivisionCode division = DivisionCode.parse(place.code());
        while (true) {
            StringBuilder body = new StringBuilder(8);
            for (int i = 0; i < 8; i++) {
                body.append(BODY_CHARACTERS.charAt(random.nextInt(i < 2 ? BODY_CHARACTERS.length() : 10)));
            }
            CreditCode code = CreditCode.of('9', type, division, body.toString());
            if (issued.add(code.value())) {
                return code;
            }
        }
    }
}
