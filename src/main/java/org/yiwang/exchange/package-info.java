/**
 * 共享交换: access requests for catalog resources, the provider's decision within the time limit, grants that
 * expire and can be revoked, one signed gateway that delivers granted fields only, subscriptions that push
 * register changes to the subscriber, and a data-use record in the registry's log for every delivery.
 * Other modules call nothing here; they see its work on the workbench and in the data-use log.
 */
package org.yiwang.exchange;
