package org.yiwang.catalog.internal;

import static org.yiwang.catalog.Sensitivity.INTERNAL;
import static org.yiwang.catalog.Sensitivity.PERSONAL;
import static org.yiwang.catalog.Sensitivity.PUBLIC;
import static org.yiwang.catalog.Sensitivity.SENSITIVE_PERSONAL;

import java.util.List;
import java.util.Set;
import org.yiwang.catalog.DataItem;
import org.yiwang.catalog.ShareMethod;
import org.yiwang.catalog.SharingType;

/**
 * The four base registers (基础信息资源) as the platform catalogues them. The data item keys are the field names
 * under which the registry delivers its records and logs their use, so that a grant of items maps one to one onto
 * what the register returns. Changing a definition here publishes a new version at the next start.
 */
final class BaseRegisters {

    /** One base register: its source, its category in the resource code, and its entry. */
    record BaseRegister(String source, String category, Entry entry) {
    }

    static final String PERSON = "registry:person";
    static final String ENTITY = "registry:entity";
    static final String PARCEL = "registry:parcel";
    static final String INDICATOR = "registry:indicator";

    private BaseRegisters() {
    }

    static List<BaseRegister> all() {
        return List.of(population(), legalEntities(), parcels(), indicators());
    }

    static BaseRegister population() {
        return new BaseRegister(PERSON, "01", new Entry("人口基础信息",
                "全省户籍人口的基础信息，由人口库统一维护：公民身份号码、姓名、性别、出生日期、民族、户籍地、现住址、"
                        + "联系电话、婚姻状况和人口状态。公民身份号码与联系电话加密存储，按用途查询并逐次记录数据使用。",
                "数据库",
                List.of(item("idNumber", "公民身份号码", "字符型", SENSITIVE_PERSONAL),
                        item("name", "姓名", "字符型", PERSONAL),
                        item("sex", "性别", "字符型", PERSONAL),
                        item("birthDate", "出生日期", "日期型", PERSONAL),
                        item("ethnicity", "民族", "字符型", PERSONAL),
                        item("householdDivision", "户籍地行政区划", "字符型", PERSONAL),
                        item("householdAddress", "户籍地址", "字符型", PERSONAL),
                        item("currentAddress", "现住址", "字符型", PERSONAL),
                        item("phone", "联系电话", "字符型", SENSITIVE_PERSONAL),
                        item("maritalStatus", "婚姻状况", "字符型", PERSONAL),
                        item("status", "人口状态", "字符型", PERSONAL)),
                SharingType.CONDITIONAL,
                "用于依法履行职责，须说明用途和法律依据，按最小必要原则申请信息项，经提供部门审核同意后共享。",
                Set.of(ShareMethod.API, ShareMethod.SUBSCRIPTION), false, "实时", List.of()));
    }

    static BaseRegister legalEntities() {
        return new BaseRegister(ENTITY, "02", new Entry("法人单位基础信息",
                "全省市场主体和其他法人单位的基础信息，由法人库统一维护：统一社会信用代码、名称、类型、法定代表人、"
                        + "注册资本、成立日期、登记机关、住所和经营范围、登记状态。",
                "数据库",
                List.of(item("creditCode", "统一社会信用代码", "字符型", PUBLIC),
                        item("name", "名称", "字符型", PUBLIC),
                        item("type", "市场主体类型", "字符型", PUBLIC),
                        item("legalRepresentativeName", "法定代表人姓名", "字符型", PERSONAL),
                        item("legalRepresentativeIdNumber", "法定代表人公民身份号码", "字符型", SENSITIVE_PERSONAL),
                        item("registeredCapital", "注册资本（元）", "数值型", PUBLIC),
                        item("establishedOn", "成立日期", "日期型", PUBLIC),
                        item("registrationAuthority", "登记机关", "字符型", PUBLIC),
                        item("domicileDivision", "住所行政区划", "字符型", PUBLIC),
                        item("domicileAddress", "住所", "字符型", PUBLIC),
                        item("businessScope", "经营范围", "字符型", PUBLIC),
                        item("status", "登记状态", "字符型", PUBLIC)),
                SharingType.UNCONDITIONAL, null,
                Set.of(ShareMethod.API, ShareMethod.SUBSCRIPTION), false, "实时", List.of()));
    }

    static BaseRegister parcels() {
        return new BaseRegister(PARCEL, "03", new Entry("自然资源和空间地理基础信息（宗地）",
                "全省宗地的空间和权属信息：宗地代码、权利人、土地用途（GB/T 21010）、面积、所在行政区划和 GeoJSON 界址，"
                        + "支持按点位和范围查询。",
                "数据库",
                List.of(item("code", "宗地代码", "字符型", PUBLIC),
                        item("holderKind", "权利人类型", "字符型", INTERNAL),
                        item("holderId", "权利人标识", "字符型", INTERNAL),
                        item("landUse", "土地用途代码", "字符型", PUBLIC),
                        item("landUseName", "土地用途", "字符型", PUBLIC),
                        item("area", "面积（平方米）", "数值型", PUBLIC),
                        item("divisionCode", "所在行政区划", "字符型", PUBLIC),
                        item("boundary", "宗地界址（GeoJSON）", "字符型", INTERNAL),
                        item("updatedAt", "更新时间", "日期时间型", PUBLIC)),
                SharingType.CONDITIONAL, "用于国土空间规划、不动产登记、审批和执法等法定职责，经提供部门审核同意后共享。",
                Set.of(ShareMethod.API, ShareMethod.FILE), false, "每日", List.of()));
    }

    static BaseRegister indicators() {
        return new BaseRegister(INDICATOR, "04", new Entry("宏观经济基础信息",
                "全省及各市的主要宏观经济指标：地区生产总值、常住人口、一般公共预算收入、居民人均可支配收入、"
                        + "社会消费品零售总额和居民消费价格指数，按年、季或月统计。",
                "数据库",
                List.of(item("indicatorCode", "指标代码", "字符型", PUBLIC),
                        item("indicatorName", "指标名称", "字符型", PUBLIC),
                        item("unit", "计量单位", "字符型", PUBLIC),
                        item("frequency", "统计频度", "字符型", PUBLIC),
                        item("divisionCode", "行政区划代码", "字符型", PUBLIC),
                        item("period", "统计期", "字符型", PUBLIC),
                        item("value", "指标值", "数值型", PUBLIC),
                        item("sourceDepartment", "来源部门", "字符型", PUBLIC),
                        item("updatedAt", "更新时间", "日期时间型", PUBLIC)),
                SharingType.UNCONDITIONAL, null,
                Set.of(ShareMethod.API, ShareMethod.FILE), true, "每月", List.of()));
    }

    private static DataItem item(String key, String name, String type, org.yiwang.catalog.Sensitivity sensitivity) {
        return new DataItem(key, name, type, sensitivity);
    }
}
