/** Web conventions shared by every module: how a module opens its paths in the deny-by-default security. */
@org.springframework.modulith.NamedInterface("web")
package org.yiwang.common.web;
