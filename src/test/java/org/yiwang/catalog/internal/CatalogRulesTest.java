package org.yiwang.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiwang.catalog.Classification;
import org.yiwang.catalog.Sensitivity;
import org.yiwang.catalog.ShareMethod;
import org.yiwang.catalog.SharingType;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

class CatalogRulesTest {

    private static final List<ResourceRequest.ItemRequest> ITEMS = List.of(
            new ResourceRequest.ItemRequest("creditCode", "统一社会信用代码", "字符型", "PUBLIC"),
            new ResourceRequest.ItemRequest("employees", "从业人数", "数值型", "INTERNAL"));

    private static ResourceRequest request(String sharingType, String condition, List<String> methods, boolean open,
            List<ResourceRequest.ItemRequest> items) {
        return new ResourceRequest("DEPARTMENTAL", null, null, "企业年度报告信息", "企业每年报送的年度报告。", "数据库", items,
                sharingType, condition, methods, open, "每年", List.of());
    }

    private static ResourceRequest valid() {
        return request("UNCONDITIONAL", null, List.of("API", "FILE"), false, ITEMS);
    }

    @Test
    void accepts_a_complete_departmental_entry() {
        CatalogRules.Checked checked = CatalogRules.forCreation(valid());
        assertThat(checked.classification()).isEqualTo(Classification.DEPARTMENTAL);
        assertThat(checked.entry().sharingType()).isEqualTo(SharingType.UNCONDITIONAL);
        assertThat(checked.entry().methods()).containsExactlyInAnyOrder(ShareMethod.API, ShareMethod.FILE);
        assertThat(checked.entry().items()).extracting(i -> i.sensitivity())
                .containsExactly(Sensitivity.PUBLIC, Sensitivity.INTERNAL);
    }

    @Test
    void an_entry_not_shared_must_cite_its_legal_basis() {
        assertThat(rules(request("NOT_SHARED", "  ", List.of(), false, ITEMS)))
                .containsExactly("sharingCondition:catalog.not-shared.legal-basis");
        Entry entry = CatalogRules.forVersion(request("NOT_SHARED", "《中华人民共和国精神卫生法》第四条", List.of(), false, ITEMS));
        assertThat(entry.sharingCondition()).isEqualTo("《中华人民共和国精神卫生法》第四条");
    }

    @Test
    void conditional_sharing_states_its_condition_and_unconditional_sharing_has_none() {
        assertThat(rules(request("CONDITIONAL", null, List.of("API"), false, ITEMS)))
                .containsExactly("sharingCondition:catalog.condition.required");
        assertThat(rules(request("UNCONDITIONAL", "经审核", List.of("API"), false, ITEMS)))
                .containsExactly("sharingCondition:catalog.condition.unconditional");
    }

    @Test
    void shared_entries_need_a_method_and_entries_not_shared_have_none() {
        assertThat(rules(request("UNCONDITIONAL", null, List.of(), false, ITEMS)))
                .containsExactly("methods:catalog.methods.required");
        assertThat(rules(request("NOT_SHARED", "依据", List.of("API"), false, ITEMS)))
                .containsExactly("methods:catalog.methods.not-shared");
        assertThat(rules(request("UNCONDITIONAL", null, List.of("EMAIL"), false, ITEMS)))
                .contains("methods:catalog.method.unknown");
    }

    @Test
    void personal_data_and_unshared_entries_are_never_open_to_the_public() {
        var personal = List.of(new ResourceRequest.ItemRequest("idNumber", "公民身份号码", "字符型", "SENSITIVE_PERSONAL"));
        assertThat(rules(request("UNCONDITIONAL", null, List.of("API"), true, personal)))
                .containsExactly("openToPublic:catalog.open.personal-items");
        assertThat(rules(request("NOT_SHARED", "依据", List.of(), true, ITEMS)))
                .containsExactly("openToPublic:catalog.open.not-shared");
    }

    @Test
    void every_broken_rule_of_the_data_items_is_reported_with_its_position() {
        var items = List.of(
                new ResourceRequest.ItemRequest("CreditCode", "代码", "字符型", "PUBLIC"),
                new ResourceRequest.ItemRequest("name", "", "文本", "SECRET"),
                new ResourceRequest.ItemRequest("name", "名称", "字符型", "PUBLIC"));
        assertThat(rules(request("UNCONDITIONAL", null, List.of("API"), false, items))).containsExactly(
                "items[0].key:catalog.item.key.format", "items[1].name:catalog.required",
                "items[1].type:catalog.item-type.unknown", "items[1].sensitivity:catalog.item.sensitivity.unknown",
                "items[2].key:catalog.item.key.duplicate");
        assertThat(rules(request("UNCONDITIONAL", null, List.of("API"), false, List.of())))
                .containsExactly("items:catalog.items.required");
    }

    @Test
    void a_blank_form_names_every_required_field_at_once() {
        ResourceRequest blank = new ResourceRequest(null, null, null, null, null, null, null, null, null, null, null,
                null, null);
        assertThat(rules(blank)).containsExactly("classification:catalog.required", "name:catalog.required",
                "summary:catalog.required", "format:catalog.required", "updateCycle:catalog.required",
                "items:catalog.items.required", "sharingType:catalog.required", "openToPublic:catalog.required");
    }

    @Test
    void lengths_are_counted_in_characters_not_bytes() {
        String hundred = "资".repeat(CatalogRules.NAME_MAX);
        ResourceRequest ok = new ResourceRequest("DEPARTMENTAL", null, null, hundred, "摘要", "数据库", ITEMS,
                "UNCONDITIONAL", null, List.of("API"), false, "每年", List.of());
        assertThat(CatalogRules.forVersion(ok).name()).hasSize(100);
        ResourceRequest tooLong = new ResourceRequest("DEPARTMENTAL", null, null, hundred + "源", "摘要", "数据库", ITEMS,
                "UNCONDITIONAL", null, List.of("API"), false, "每年", List.of());
        assertThat(rules(tooLong)).containsExactly("name:catalog.length");
    }

    @Test
    void base_resources_are_the_platforms_own_and_themes_have_two_digit_codes() {
        ResourceRequest base = new ResourceRequest("BASE", null, null, "人口", "摘要", "数据库", ITEMS, "UNCONDITIONAL",
                null, List.of("API"), false, "每年", List.of());
        assertThat(rules(base)).containsExactly("classification:catalog.classification.base-reserved");
        ResourceRequest theme = new ResourceRequest("THEMATIC", "7", null, "信用", "摘要", "数据库", ITEMS,
                "UNCONDITIONAL", null, List.of("API"), false, "每年", List.of());
        assertThat(rules(theme)).containsExactly("category:catalog.category.theme");
        ResourceRequest fine = new ResourceRequest("THEMATIC", "07", null, "信用", "摘要", "数据库", ITEMS,
                "UNCONDITIONAL", null, List.of("API"), false, "每年", List.of());
        assertThat(CatalogRules.forCreation(fine).theme()).isEqualTo("07");
    }

    @Test
    void format_cycle_and_related_codes_come_from_their_closed_lists() {
        ResourceRequest odd = new ResourceRequest("DEPARTMENTAL", null, null, "名称", "摘要", "Excel", ITEMS,
                "UNCONDITIONAL", null, List.of("API"), false, "每十年", List.of("1-01-000001", "not a code"));
        assertThat(rules(odd)).containsExactly("format:catalog.format.unknown", "updateCycle:catalog.update-cycle.unknown",
                "related:catalog.related.format");
    }

    @Test
    void resource_codes_follow_the_class_category_sequence_scheme() {
        assertThat(CatalogCodes.code(CatalogCodes.prefix(Classification.BASE, "01"), 1)).isEqualTo("1-01-000001");
        assertThat(CatalogCodes.code(CatalogCodes.prefix(Classification.DEPARTMENTAL, "ZJ-HZ-SCJG"), 12))
                .isEqualTo("3-ZJ-HZ-SCJG-000012");
        assertThat(CatalogCodes.wellFormed("2-07-000003")).isTrue();
        assertThat(CatalogCodes.wellFormed("4-01-000001")).isFalse();
        assertThat(CatalogCodes.wellFormed("1-01-1")).isFalse();
        assertThatThrownBy(() -> CatalogCodes.code("1-01", 1_000_000)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_page_form_reads_one_data_item_a_line_with_either_comma() {
        ResourceForm form = new ResourceForm();
        form.setName("社会保险参保信息");
        form.setSummary("参保登记");
        form.setItems("idNumber，公民身份号码，字符型，SENSITIVE_PERSONAL\n\n  insuredSince,参保日期,日期型,PERSONAL  \nbroken");
        form.setSharingType("CONDITIONAL");
        form.setSharingCondition("依法履职");
        form.setMethods(new ArrayList<>(List.of("API")));
        form.setRelated("1-01-000001，1-02-000001");
        ResourceRequest request = form.toRequest();
        assertThat(request.items()).hasSize(3);
        assertThat(request.items().get(0)).isEqualTo(
                new ResourceRequest.ItemRequest("idNumber", "公民身份号码", "字符型", "SENSITIVE_PERSONAL"));
        assertThat(request.items().get(2).name()).isNull();
        assertThat(request.related()).containsExactly("1-01-000001", "1-02-000001");
        assertThat(rules(request)).containsExactly("items[2].name:catalog.required", "items[2].type:catalog.required",
                "items[2].sensitivity:catalog.required");
    }

    private static List<String> rules(ResourceRequest request) {
        try {
            CatalogRules.forCreation(request);
        } catch (RuleViolationException e) {
            return e.violations().stream().map(CatalogRulesTest::text).toList();
        }
        return List.of();
    }

    private static String text(RuleViolation v) {
        return v.field() + ":" + v.rule();
    }
}
