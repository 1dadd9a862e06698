package org.yiwang.registry;

/** Whether the person is still on the register's active roll: living, deceased, or emigrated (注销户籍). */
public enum PersonStatus {
    LIVING, DECEASED, EMIGRATED
}
