package org.yiwang.common.web;

import java.util.List;

/**
 * What a module opens in the deny-by-default web security: each module declares one bean of this type
 * for its own paths instead of editing the security configuration. Paths use Spring's pattern syntax
 * ({@code /services/**}).
 *
 * @param publicPaths pages and API paths anyone may reach, signed in or not (any method)
 * @param signedIn paths that need a signed-in user; handlers still demand a permission
 * @param openReads API prefixes whose GET handlers need no permission (checked by the guard test)
 * @param openWrites API prefixes whose POST handlers need no permission (checked by the guard test)
 */
public record PathAccess(List<String> publicPaths, List<String> signedIn, List<String> openReads,
        List<String> openWrites) {

    public PathAccess {
        publicPaths = List.copyOf(publicPaths);
        signedIn = List.copyOf(signedIn);
        openReads = List.copyOf(openReads);
        openWrites = List.copyOf(openWrites);
    }

    public static PathAccess none() {
        return new PathAccess(List.of(), List.of(), List.of(), List.of());
    }

    public PathAccess withPublic(String... paths) {
        return new PathAccess(concat(publicPaths, paths), signedIn, openReads, openWrites);
    }

    public PathAccess withSignedIn(String... paths) {
        return new PathAccess(publicPaths, concat(signedIn, paths), openReads, openWrites);
    }

    /** API prefixes whose GET handlers are deliberately open (public information). */
    public PathAccess withOpenReads(String... prefixes) {
        return new PathAccess(publicPaths, signedIn, concat(openReads, prefixes), openWrites);
    }

    /** API prefixes whose POST handlers are deliberately open (signing in, registering, verifying). */
    public PathAccess withOpenWrites(String... prefixes) {
        return new PathAccess(publicPaths, signedIn, openReads, concat(openWrites, prefixes));
    }

    private static List<String> concat(List<String> head, String... tail) {
        return java.util.stream.Stream.concat(head.stream(), java.util.Arrays.stream(tail)).toList();
    }
}
