package org.qconsole.response.repository;

import static org.qconsole.jooq.Tables.ASSIGNMENT;
import static org.qconsole.jooq.Tables.ASSIGNMENT_EVENT;

import java.util.Set;
import org.jooq.DSLContext;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentStatus;
import org.springframework.stereotype.Repository;

/**
 * A response's status and the event that records each change of it. Only the response workflow uses
 * this (ArchitectureTest): it is where the rules of who may move what where are applied. The demo data
 * is the one exception: written as the system at start-up, before anyone signs in.
 */
@Repository
public class ResponseStatusRepository {

    private final DSLContext dsl;

    public ResponseStatusRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Moves the assignment to {@code to} if it is still in one of {@code from} (a concurrent change wins
     * otherwise) and records the event.
     *
     * @return false when the status was not one of {@code from}: nothing is written then
     */
    public boolean move(Assignment assignment, Set<AssignmentStatus> from, AssignmentStatus to, String event,
            String actor, String detail) {
        boolean moved = dsl.update(ASSIGNMENT).set(ASSIGNMENT.STATUS, to.dbValue())
                .where(ASSIGNMENT.ID.eq(assignment.id()))
                .and(ASSIGNMENT.STATUS.in(from.stream().map(AssignmentStatus::dbValue).toList()))
                .execute() == 1;
        if (moved) {
            dsl.insertInto(ASSIGNMENT_EVENT, ASSIGNMENT_EVENT.ASSIGNMENT_ID, ASSIGNMENT_EVENT.COUNTRY,
                    ASSIGNMENT_EVENT.ACTION, ASSIGNMENT_EVENT.ACTOR, ASSIGNMENT_EVENT.DETAIL)
                    .values(assignment.id(), assignment.country().alpha3(), event, actor, detail).execute();
        }
        return moved;
    }

    /** Puts a demo response straight into a status (its events are the demo's to write). */
    public void place(long assignmentId, AssignmentStatus status) {
        dsl.update(ASSIGNMENT).set(ASSIGNMENT.STATUS, status.dbValue()).where(ASSIGNMENT.ID.eq(assignmentId)).execute();
    }
}
