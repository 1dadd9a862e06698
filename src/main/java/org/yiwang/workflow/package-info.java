/**
 * 流程引擎: Flowable (BPMN 2.0) embedded on the platform's PostgreSQL behind a small API: start a process
 * for a business key, list the tasks of a department and role, claim, complete with an opinion, return to an
 * earlier step, transfer, and working-day deadlines per step taken from the process model.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package org.yiwang.workflow;
