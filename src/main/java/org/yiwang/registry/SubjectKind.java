package org.yiwang.registry;

/** Whose record a data use read: a person's (subject index = blind index of the ID number) or an entity's (of the credit code). */
public enum SubjectKind {
    PERSON, ENTITY
}
