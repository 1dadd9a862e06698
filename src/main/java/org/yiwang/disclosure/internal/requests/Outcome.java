package org.yiwang.disclosure.internal.requests;

import java.util.EnumSet;
import java.util.Set;

/**
 * The statutory outcomes of a request (条例 arts. 36–37) and what each must carry. Every answer is a written answer
 * document; beyond it, a refusal in whole or part cites its {@link Exemption}, an impossibility its
 * {@link UnavailableReason}, a request not processed its {@link NotProcessedReason} (a repeated one names the earlier
 * request), "already published" names the publication, and "not this body's information" names the body responsible
 * for disclosing it (art. 36(5): the requester is told which body to turn to).
 */
enum Outcome {
    /** 予以公开. */
    DISCLOSED(EnumSet.noneOf(AnswerField.class), EnumSet.noneOf(AnswerField.class)),
    /** 部分公开: the rest is withheld under an exemption. */
    PARTIALLY_DISCLOSED(EnumSet.of(AnswerField.EXEMPTION), EnumSet.noneOf(AnswerField.class)),
    /** 不予公开. */
    WITHHELD(EnumSet.of(AnswerField.EXEMPTION), EnumSet.noneOf(AnswerField.class)),
    /** 无法提供, including 信息不存在. */
    UNAVAILABLE(EnumSet.of(AnswerField.UNAVAILABLE_REASON), EnumSet.noneOf(AnswerField.class)),
    /** 不属于本机关负责公开. */
    NOT_RESPONSIBLE(EnumSet.of(AnswerField.RESPONSIBLE_BODY), EnumSet.noneOf(AnswerField.class)),
    /** 不予处理. */
    NOT_PROCESSED(EnumSet.of(AnswerField.NOT_PROCESSED_REASON), EnumSet.of(AnswerField.EARLIER_REQUEST)),
    /** 已主动公开: the answer tells where the publication is. */
    ALREADY_PUBLISHED(EnumSet.of(AnswerField.PUBLICATION), EnumSet.noneOf(AnswerField.class)),
    /** 申请人逾期未补正，视为放弃申请 (条例 art. 30): only once the correction period has lapsed. */
    ABANDONED(EnumSet.noneOf(AnswerField.class), EnumSet.noneOf(AnswerField.class));

    /** The fields an answer may carry besides its document and summary. */
    enum AnswerField {
        EXEMPTION("exemption"),
        UNAVAILABLE_REASON("unavailableReason"),
        NOT_PROCESSED_REASON("notProcessedReason"),
        EARLIER_REQUEST("earlierRequestNumber"),
        RESPONSIBLE_BODY("responsibleBody"),
        PUBLICATION("publicationId");

        private final String field;

        AnswerField(String field) {
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    private final Set<AnswerField> required;
    private final Set<AnswerField> allowed;

    Outcome(Set<AnswerField> required, Set<AnswerField> optional) {
        this.required = Set.copyOf(required);
        EnumSet<AnswerField> all = EnumSet.noneOf(AnswerField.class);
        all.addAll(required);
        all.addAll(optional);
        this.allowed = Set.copyOf(all);
    }

    Set<AnswerField> required() {
        return required;
    }

    boolean allows(AnswerField field) {
        return allowed.contains(field);
    }

    /** Whether the information (or part of it) went to the requester. */
    boolean disclosesSomething() {
        return this == DISCLOSED || this == PARTIALLY_DISCLOSED || this == ALREADY_PUBLISHED;
    }
}
