package org.yiwang.disclosure.internal.requests;

/** How the requester wants the information (获取信息的方式): electronically, or on paper by post. */
enum DeliveryForm {
    ELECTRONIC,
    PAPER
}
