package org.yiwang.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.yiwang.catalog.Classification;
import org.yiwang.catalog.SharingType;

/**
 * The catalog's search (Lucene, SmartChinese words + CJK bigrams, ranked, first page of 20) over a synthetic catalog,
 * beside the raw baseline a system without an index would run: a scan of every entry's name, abstract and item names
 * with {@code String.contains}, unranked, counting the matches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CatalogSearchBenchmark {

    private static final String[] SUBJECTS = {"企业", "个体工商户", "社会保险", "医疗保障", "不动产", "食品经营", "药品零售",
        "道路运输", "建设工程", "义务教育", "婚姻", "户籍", "出生医学", "殡葬", "退役军人", "残疾人", "最低生活保障", "住房公积金",
        "纳税", "排污"};
    private static final String[] KINDS = {"登记信息", "参保信息", "许可信息", "行政处罚信息", "年度报告信息", "证明信息",
        "缴费信息", "监督检查信息", "补贴发放信息", "备案信息"};
    private static final String[] PROVIDERS = {"杭州市市场监督管理局", "杭州市人力资源和社会保障局", "杭州市卫生健康委员会",
        "杭州市医疗保障局", "杭州市公安局", "国家税务总局杭州市税务局", "杭州市民政局", "杭州市规划和自然资源局",
        "杭州市交通运输局", "杭州市生态环境局"};
    private static final String[] ITEMS = {"统一社会信用代码", "名称", "公民身份号码", "姓名", "登记日期", "有效期至", "缴费基数",
        "参保状态", "许可证编号", "处罚决定书文号", "经营场所", "联系电话"};

    @Param({"10000"})
    public int entries;

    private CatalogIndex index;
    private List<String> texts;

    @Setup(Level.Trial)
    public void build() {
        Random random = new Random(42);
        List<CatalogIndex.Indexed> catalog = new ArrayList<>();
        texts = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            String name = SUBJECTS[random.nextInt(SUBJECTS.length)] + KINDS[random.nextInt(KINDS.length)];
            String provider = PROVIDERS[random.nextInt(PROVIDERS.length)];
            String summary = provider + "在履行职责中产生的" + name + "，按更新周期汇聚，供各部门依法共享使用。";
            List<String> items = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                items.add(ITEMS[random.nextInt(ITEMS.length)]);
            }
            String code = String.format("3-P%02d-%06d", i % PROVIDERS.length, i + 1);
            catalog.add(new CatalogIndex.Indexed(code, name, summary, items, Classification.DEPARTMENTAL,
                    "P" + (i % PROVIDERS.length), provider, SharingType.values()[random.nextInt(3)],
                    random.nextBoolean(), 1, LocalDate.of(2026, 1, 1)));
            texts.add(name + "\n" + summary + "\n" + String.join("；", items) + "\n" + provider);
        }
        try {
            index = new CatalogIndex();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        index.rebuild(catalog);
        if (search("参保").total() != scan("参保")) {
            throw new IllegalStateException("index and scan disagree on 参保");
        }
    }

    @TearDown(Level.Trial)
    public void close() throws java.io.IOException {
        index.close();
    }

    private CatalogIndex.Hits search(String text) {
        return index.search(new CatalogIndex.Search(text, null, null, null, false, 0, 20));
    }

    private long scan(String text) {
        long matches = 0;
        for (String entry : texts) {
            if (entry.contains(text)) {
                matches++;
            }
        }
        return matches;
    }

    /** A two-character query that only the bigram field can answer. */
    @Benchmark
    public CatalogIndex.Hits luceneTwoCharacters() {
        return search("参保");
    }

    @Benchmark
    public long scanTwoCharacters() {
        return scan("参保");
    }

    /** A whole phrase, which the words and the bigram fields both answer, filtered by sharing type. */
    @Benchmark
    public CatalogIndex.Hits lucenePhraseFiltered() {
        return index.search(new CatalogIndex.Search("社会保险缴费信息", null, null, SharingType.CONDITIONAL, false, 0, 20));
    }

    @Benchmark
    public long scanPhrase() {
        return scan("社会保险缴费信息");
    }
}
