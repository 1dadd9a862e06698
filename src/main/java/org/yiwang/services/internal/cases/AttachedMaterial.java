package org.yiwang.services.internal.cases;

/** A material of an application: an uploaded file, or supplied by a register (免提交). */
record AttachedMaterial(String code, String name, String digest, String fileType, Long size, String fileName,
        boolean fromRegister) {
}
