package org.yiwang.disclosure.internal.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.yiwang.disclosure.Publication;

/**
 * Made-up publications for the search benchmarks: titles and bodies put together from a vocabulary written for
 * this benchmark (no outside text), twenty departments, the seven categories and eleven years. The same seed
 * gives the same publications.
 */
final class SyntheticPublications {

    static final String[] PLACES = {"浙江省", "杭州市", "宁波市", "西湖区", "上城区", "拱墅区", "滨江区", "余杭区", "鄞州区",
        "海曙区"};
    static final String[] DEPARTMENTS = {"人民政府办公室", "发展和改革委员会", "财政局", "统计局", "市场监督管理局",
        "人力资源和社会保障局", "住房和城乡建设局", "医疗保障局", "卫生健康委员会", "教育局", "民政局", "生态环境局",
        "交通运输局", "农业农村局", "商务局", "税务局", "公安局", "司法局", "自然资源和规划局", "文化广电旅游局"};
    static final String[] CATEGORIES = {"policy", "interpretation", "notice", "plan", "budget", "statistics",
        "personnel"};
    static final String[] SUBJECTS = {"营业执照", "企业开办", "个体工商户", "食品经营许可", "药品监管", "特种设备",
        "部门预算", "财政决算", "三公经费", "政府债务", "专项资金", "国民经济", "统计公报", "人口普查", "物价指数",
        "城乡居民医保", "门诊共济", "异地就医", "药品集中采购", "住房公积金", "公共租赁住房", "老旧小区改造",
        "城中村改造", "物业管理", "义务教育", "学前教育", "职业技能培训", "就业创业", "失业保险", "养老服务",
        "最低生活保障", "残疾人补贴", "生态环境保护", "大气污染防治", "垃圾分类", "河湖长制", "公共交通",
        "道路建设", "农村公路", "高标准农田", "乡村振兴", "外贸稳增长", "消费券发放", "税费优惠", "出口退税",
        "户籍登记", "居住证", "法律援助", "人民调解", "国土空间规划", "不动产登记", "文物保护", "公共文化服务",
        "政务服务", "一网通办", "数据共享", "政府信息公开", "信用体系", "安全生产", "防汛防台"};
    static final String[] ACTS = {"关于", "关于进一步做好", "关于印发", "关于加强", "关于调整", "关于开展"};
    static final String[] KINDS = {"的通知", "的实施意见", "工作方案", "的公告", "政策解读", "情况报告", "实施细则",
        "管理办法", "工作要点", "的通告"};
    static final String[] CLAUSES = {"各有关单位要高度重视", "切实加强组织领导", "按照统一部署", "结合本地实际",
        "确保各项措施落到实处", "申请人可通过一网平台在线办理", "材料齐全的当场受理", "办理结果在政务服务网公开",
        "资金使用情况接受审计监督", "相关数据由统计部门提供", "较上年同期有所增长", "较上年略有下降",
        "群众满意度持续提高", "办理时限压缩至五个工作日", "符合条件的家庭可以提出申请", "实行告知承诺制",
        "加强事中事后监管", "建立健全长效机制", "做好政策宣传和解读", "定期开展督查评估", "严格落实主体责任",
        "推进跨部门协同办理", "减少证明材料", "实现数据多跑路群众少跑腿", "资金按季度拨付", "年度考核结果向社会公布",
        "自发布之日起施行", "有效期五年", "咨询电话另行公布", "由各区县负责组织实施"};

    private SyntheticPublications() {
    }

    static List<Publication> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Publication> all = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            int department = random.nextInt(DEPARTMENTS.length);
            String place = pick(random, PLACES);
            String subject = pick(random, SUBJECTS);
            String title = place + pick(random, ACTS) + subject
                    + (random.nextInt(3) == 0 ? "和" + pick(random, SUBJECTS) : "") + pick(random, KINDS);
            StringBuilder body = new StringBuilder();
            int sentences = 6 + random.nextInt(14);
            for (int s = 0; s < sentences; s++) {
                body.append(random.nextInt(3) == 0 ? pick(random, SUBJECTS) : subject)
                        .append(random.nextInt(2) == 0 ? "工作" : "事项").append(pick(random, CLAUSES)).append('，')
                        .append(pick(random, CLAUSES)).append(random.nextInt(4) == 0 ? "。\n\n" : "。");
            }
            LocalDate on = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(11 * 365));
            all.add(new Publication(i, "BENCH-" + i, title, body.toString(), department + 1L,
                    place + DEPARTMENTS[department], pick(random, CATEGORIES), null, on, null, List.of()));
        }
        return all;
    }

    /** Queries a reader might type: subjects, their two-character parts, two-word queries and near misses. */
    static List<String> queries(long seed) {
        Random random = new Random(seed);
        List<String> queries = new ArrayList<>();
        for (String subject : SUBJECTS) {
            queries.add(subject);
            queries.add(subject.substring(subject.length() - 2));
            queries.add(subject + " " + pick(random, PLACES));
        }
        queries.add("营业执找");
        queries.add("住房公积全");
        return queries;
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }
}
