package org.yiwang.registry;

/** A legal entity's registration status: 存续 (subsisting), 吊销 (licence revoked), 注销 (deregistered). */
public enum EntityStatus {
    SUBSISTING, REVOKED, DEREGISTERED
}
