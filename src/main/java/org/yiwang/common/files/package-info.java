/** Content-addressed file storage (SM3) with content sniffing, shared by services, disclosure and documents. */
@org.springframework.modulith.NamedInterface("files")
package org.yiwang.common.files;
