package org.yiwang.registry.internal.synthetic;

import java.util.SplittableRandom;

/** Made-up street addresses within a county: a street or town, a road, a number and sometimes a flat. */
final class Addresses {

    private static final String[] STREETS = {"城关街道", "城东街道", "城西街道", "新城街道", "文化街道", "湖滨街道",
            "江南街道", "北山街道", "南苑街道", "东湖街道", "临江镇", "石桥镇", "青山镇", "白沙镇", "桃源镇", "大港镇"};
    private static final String[] ROADS = {"人民路", "解放路", "中山路", "建设路", "文化路", "学院路", "环城东路",
            "环城西路", "新华路", "和平路", "胜利路", "青年路", "长安路", "滨江大道", "湖滨路", "工业路", "振兴路", "公园路"};

    private Addresses() {
    }

    static String address(SplittableRandom random, Place place) {
        StringBuilder address = new StringBuilder(place.fullName())
                .append(STREETS[random.nextInt(STREETS.length)])
                .append(ROADS[random.nextInt(ROADS.length)])
                .append(1 + random.nextInt(399)).append('号');
        if (random.nextInt(100) < 60) {
            address.append(1 + random.nextInt(30)).append('幢')
                    .append(1 + random.nextInt(4)).append("单元")
                    .append(1 + random.nextInt(25)).append(String.format("%02d", 1 + random.nextInt(4))).append('室');
        }
        return address.toString();
    }
}
