package org.yiwang.disclosure.internal.search;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Maintenance of the search index: how many publications it holds and a rebuild from the database (after a
 * restore, or when the index was lost), as a page and through the API. Every rebuild is audited.
 */
@Controller
@PreAuthorize("hasAuthority('disclosure:search:manage')")
class SearchIndexAdmin {

    record IndexState(int publications, String mappingVersion) {
    }

    record Rebuilt(int publications) {
    }

    private final SearchIndexing indexing;

    SearchIndexAdmin(SearchIndexing indexing) {
        this.indexing = indexing;
    }

    @GetMapping("/admin/disclosure/search-index")
    String show(Model model) {
        model.addAttribute("state", state());
        return "disclosure/search-index";
    }

    @PostMapping("/admin/disclosure/search-index/rebuild")
    String rebuild(RedirectAttributes redirect) {
        redirect.addFlashAttribute("rebuilt", indexing.rebuild());
        return "redirect:/admin/disclosure/search-index";
    }

    @GetMapping("/api/v1/disclosure/index")
    @ResponseBody
    IndexState state() {
        return new IndexState(indexing.size(), PublicationDocument.MAPPING_VERSION);
    }

    @PostMapping("/api/v1/disclosure/index/rebuild")
    @ResponseBody
    Rebuilt rebuildNow() {
        return new Rebuilt(indexing.rebuild());
    }
}
