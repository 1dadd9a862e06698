package org.yiwang.registry;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The 56 ethnic groups of China with their GB 3304-1991 codes, Chinese and English names. */
public enum Ethnicity {
    HAN("01", "汉族", "Han"), MONGOL("02", "蒙古族", "Mongol"), HUI("03", "回族", "Hui"),
    TIBETAN("04", "藏族", "Tibetan"), UYGHUR("05", "维吾尔族", "Uyghur"), MIAO("06", "苗族", "Miao"),
    YI("07", "彝族", "Yi"), ZHUANG("08", "壮族", "Zhuang"), BOUYEI("09", "布依族", "Bouyei"),
    KOREAN("10", "朝鲜族", "Korean"), MANCHU("11", "满族", "Manchu"), DONG("12", "侗族", "Dong"),
    YAO("13", "瑶族", "Yao"), BAI("14", "白族", "Bai"), TUJIA("15", "土家族", "Tujia"),
    HANI("16", "哈尼族", "Hani"), KAZAKH("17", "哈萨克族", "Kazakh"), DAI("18", "傣族", "Dai"),
    LI("19", "黎族", "Li"), LISU("20", "傈僳族", "Lisu"), VA("21", "佤族", "Va"),
    SHE("22", "畲族", "She"), GAOSHAN("23", "高山族", "Gaoshan"), LAHU("24", "拉祜族", "Lahu"),
    SUI("25", "水族", "Sui"), DONGXIANG("26", "东乡族", "Dongxiang"), NAXI("27", "纳西族", "Naxi"),
    JINGPO("28", "景颇族", "Jingpo"), KYRGYZ("29", "柯尔克孜族", "Kyrgyz"), TU("30", "土族", "Tu"),
    DAUR("31", "达斡尔族", "Daur"), MULAO("32", "仫佬族", "Mulao"), QIANG("33", "羌族", "Qiang"),
    BLANG("34", "布朗族", "Blang"), SALAR("35", "撒拉族", "Salar"), MAONAN("36", "毛南族", "Maonan"),
    GELAO("37", "仡佬族", "Gelao"), XIBE("38", "锡伯族", "Xibe"), ACHANG("39", "阿昌族", "Achang"),
    PUMI("40", "普米族", "Pumi"), TAJIK("41", "塔吉克族", "Tajik"), NU("42", "怒族", "Nu"),
    UZBEK("43", "乌孜别克族", "Uzbek"), RUSSIAN("44", "俄罗斯族", "Russian"), EVENKI("45", "鄂温克族", "Evenki"),
    DEANG("46", "德昂族", "De'ang"), BONAN("47", "保安族", "Bonan"), YUGUR("48", "裕固族", "Yugur"),
    GIN("49", "京族", "Gin"), TATAR("50", "塔塔尔族", "Tatar"), DERUNG("51", "独龙族", "Derung"),
    OROQEN("52", "鄂伦春族", "Oroqen"), HEZHEN("53", "赫哲族", "Hezhen"), MONBA("54", "门巴族", "Monba"),
    LHOBA("55", "珞巴族", "Lhoba"), JINO("56", "基诺族", "Jino");

    private static final Map<String, Ethnicity> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Ethnicity::code, Function.identity()));

    private final String code;
    private final String nameZh;
    private final String nameEn;

    Ethnicity(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The group by its two-digit code; a one-digit code such as {@code 1} is read as {@code 01}. */
    public static Optional<Ethnicity> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String stripped = code.strip();
        return Optional.ofNullable(BY_CODE.get(stripped.length() == 1 ? "0" + stripped : stripped));
    }
}
