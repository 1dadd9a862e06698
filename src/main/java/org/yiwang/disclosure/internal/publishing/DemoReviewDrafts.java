package org.yiwang.disclosure.internal.publishing;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.yiwang.identity.AccountKind;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.DataScopes;
import org.yiwang.identity.IdentityDirectory;
import org.yiwang.identity.StaffMember;
import org.yiwang.organization.OrganizationDirectory;

/**
 * Drafts of 西湖区政府办 written and submitted by its author (gk-author) through the real publishing use cases, so
 * that the second reviewer (gk-reviewer) finds them waiting on his workbench. Loads once: a draft whose title is
 * already there is not written again.
 */
@Component
@Profile("demo")
@Order(61)
class DemoReviewDrafts implements ApplicationRunner {

    static final String DEPARTMENT = "ZJ-HZ-XH-BGS";
    private static final Logger log = LoggerFactory.getLogger(DemoReviewDrafts.class);

    /** Written for the demo; any likeness to a real notice is of form only. */
    static final List<PublicationInput> DRAFTS = List.of(
            new PublicationInput("西湖区2027年元旦春节期间机关值班安排的通知",
                    "各街道、区级各部门：\n\n元旦、春节期间，各单位须落实领导带班和人员值班，值班表于节前五个工作日报区政府办公室。"
                            + "\n\n遇有重大情况，按规定及时报告，不得迟报、漏报。",
                    "notice", null, "NONE", "PROACTIVE", null),
            new PublicationInput("《西湖区老旧小区加装电梯补助办法》政策解读",
                    "一、为什么制定本办法\n\n为减轻居民加装电梯的费用负担，区政府对符合条件的项目给予一次性补助。"
                            + "\n\n二、谁可以申请\n\n业主按规定协商一致、取得建设许可并完成竣工验收的加装电梯项目，可由实施主体申请补助。"
                            + "\n\n三、补助标准\n\n每台电梯补助标准以办法正文为准，补助资金由区财政统筹安排。",
                    "interpretation", null, "NONE", "PROACTIVE", null),
            new PublicationInput("西湖区2026年第四季度政府信息公开工作情况",
                    "本季度区政府办公室主动公开政府信息若干条，受理政府信息公开申请若干件，均在法定期限内答复。"
                            + "\n\n下一步将继续做好政策解读和依申请公开工作。",
                    "statistics", null, "NONE", "PROACTIVE", null));

    private final Publishing publishing;
    private final PublicationRepository publications;
    private final OrganizationDirectory organization;
    private final IdentityDirectory identity;
    private final DataScopes scopes;

    DemoReviewDrafts(Publishing publishing, PublicationRepository publications, OrganizationDirectory organization,
            IdentityDirectory identity, DataScopes scopes) {
        this.publishing = publishing;
        this.publications = publications;
        this.organization = organization;
        this.identity = identity;
        this.scopes = scopes;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long department = organization.departmentByCode(DEPARTMENT).map(d -> d.id()).orElse(null);
        if (department == null) {
            return;
        }
        StaffMember author = identity.staffWithPermission(department, "disclosure:author").stream()
                .filter(m -> !m.permissions().contains("disclosure:review")).findFirst().orElse(null);
        if (author == null) {
            log.warn("No author at {} without review rights: demo drafts for review not loaded", DEPARTMENT);
            return;
        }
        Actor actor = Actor.of(new AccountPrincipal(author.accountId(), AccountKind.STAFF, author.displayName(),
                author.displayName(), author.departmentId(), false), scopes);
        int written = 0;
        for (PublicationInput draft : DRAFTS) {
            if (!publications.existsWithTitle(draft.title())) {
                long id = publishing.create(actor, draft, List.of());
                publishing.submit(actor, id);
                written++;
            }
        }
        if (written > 0) {
            log.info("Demo drafts waiting for review at {}: {}", DEPARTMENT, written);
        }
    }
}
