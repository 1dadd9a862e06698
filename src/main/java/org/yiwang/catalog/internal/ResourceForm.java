package org.yiwang.catalog.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.yiwang.catalog.DataItem;

/**
 * The maintenance page's form. Data items are edited as lines of text, one item a line:
 * {@code 标识,名称,数据类型,敏感级别} (a Chinese comma works too), so that the form works on a phone without scripts.
 */
class ResourceForm {

    private String classification = "DEPARTMENTAL";
    private String category;
    private String providerCode;
    private String name;
    private String summary;
    private String format = "数据库";
    private String items;
    private String sharingType = "CONDITIONAL";
    private String sharingCondition;
    private List<String> methods = new ArrayList<>();
    private boolean openToPublic;
    private String updateCycle = "每日";
    private String related;

    static ResourceForm of(StoredVersion v) {
        ResourceForm form = new ResourceForm();
        Entry e = v.entry();
        form.classification = v.classification().name();
        form.name = e.name();
        form.summary = e.summary();
        form.format = e.format();
        form.items = e.items().stream().map(ResourceForm::line).collect(Collectors.joining("\n"));
        form.sharingType = e.sharingType().name();
        form.sharingCondition = e.sharingCondition();
        form.methods = e.orderedMethods().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
        form.openToPublic = e.openToPublic();
        form.updateCycle = e.updateCycle();
        form.related = String.join(" ", e.related());
        return form;
    }

    ResourceRequest toRequest() {
        List<ResourceRequest.ItemRequest> parsed = PageLabels.lines(items).stream().map(ResourceForm::item).toList();
        List<String> relatedCodes = related == null ? List.of()
                : Arrays.stream(related.split("[\\s,，;；、]+")).filter(s -> !s.isBlank()).toList();
        return new ResourceRequest(classification, category, providerCode, name, summary, format, parsed, sharingType,
                sharingCondition, methods, openToPublic, updateCycle, relatedCodes);
    }

    private static ResourceRequest.ItemRequest item(String line) {
        String[] parts = line.split("\\s*[,，]\\s*", -1);
        return new ResourceRequest.ItemRequest(part(parts, 0), part(parts, 1), part(parts, 2), part(parts, 3));
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? parts[index] : null;
    }

    private static String line(DataItem item) {
        return String.join(",", item.key(), item.name(), item.type(), item.sensitivity().name());
    }

    public String getClassification() {
        return classification;
    }

    public void setClassification(String classification) {
        this.classification = classification;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getProviderCode() {
        return providerCode;
    }

    public void setProviderCode(String providerCode) {
        this.providerCode = providerCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getItems() {
        return items;
    }

    public void setItems(String items) {
        this.items = items;
    }

    public String getSharingType() {
        return sharingType;
    }

    public void setSharingType(String sharingType) {
        this.sharingType = sharingType;
    }

    public String getSharingCondition() {
        return sharingCondition;
    }

    public void setSharingCondition(String sharingCondition) {
        this.sharingCondition = sharingCondition;
    }

    public List<String> getMethods() {
        return methods;
    }

    public void setMethods(List<String> methods) {
        this.methods = methods == null ? new ArrayList<>() : methods;
    }

    public boolean isOpenToPublic() {
        return openToPublic;
    }

    public void setOpenToPublic(boolean openToPublic) {
        this.openToPublic = openToPublic;
    }

    public String getUpdateCycle() {
        return updateCycle;
    }

    public void setUpdateCycle(String updateCycle) {
        this.updateCycle = updateCycle;
    }

    public String getRelated() {
        return related;
    }

    public void setRelated(String related) {
        this.related = related;
    }
}
