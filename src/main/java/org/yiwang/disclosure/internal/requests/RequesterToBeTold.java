package org.yiwang.disclosure.internal.requests;

/**
 * A step the requester must be told of (receipt, correction notice, extension, answer). Published with every step;
 * the platform has no notification module yet, so the requester reads the same steps on his request's page. A
 * notification module listens here once it exists.
 *
 * @param requesterAccountId null for a written request, whose requester is told by post
 */
record RequesterToBeTold(long requestId, String number, Long requesterAccountId, String step) {
}
