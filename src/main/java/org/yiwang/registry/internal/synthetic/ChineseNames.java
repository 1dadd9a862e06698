package org.yiwang.registry.internal.synthetic;

import java.util.SplittableRandom;

/**
 * Plausible Chinese personal names: a surname drawn with a weight close to how common it is, and a given name of
 * one or two characters from pools that lean male or female. The lists are our own selection.
 */
final class ChineseNames {

    /** The most common surnames first; each appears here as often as its rough weight. */
    private static final String[] SURNAMES = expand(new String[] {
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
            "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
            "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔",
            "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦",
            "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵",
            "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "欧阳", "司马", "诸葛", "上官"},
            new int[] {7, 7, 7, 5, 5, 4, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2});

    private static final String MALE = "伟强磊军洋勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林欢阳建国志文博"
            + "轩昊然晨睿泽宏毅峰彬鸿振海东亮成康翔";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀玲桂英丹萍红玉兰琳雪梅燕婷倩颖洁慧琪晶璐欣怡佳悦雯婧瑶"
            + "诗涵萱妍彤蕾薇菲月";
    private static final String EITHER = "文子一嘉思雨可心安晓宇清佳明书语若梓";

    private ChineseNames() {
    }

    static String name(SplittableRandom random, boolean male) {
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        String pool = male ? MALE : FEMALE;
        StringBuilder name = new StringBuilder(surname);
        if (random.nextInt(100) < 70) {
            String first = random.nextInt(3) == 0 ? EITHER : pool;
            name.append(first.charAt(random.nextInt(first.length())));
        }
        name.append(pool.charAt(random.nextInt(pool.length())));
        return name.toString();
    }

    private static String[] expand(String[] names, int[] leadingWeights) {
        int total = names.length;
        for (int weight : leadingWeights) {
            total += weight - 1;
        }
        String[] expanded = new String[total];
        int at = 0;
        for (int i = 0; i < names.length; i++) {
            int weight = i < leadingWeights.length ? leadingWeights[i] : 1;
            for (int w = 0; w < weight; w++) {
                expanded[at++] = names[i];
            }
        }
        return expanded;
    }
}
