package org.qconsole.response.repository;

import static org.qconsole.jooq.Tables.ASSIGNMENT;
import static org.qconsole.jooq.Tables.DELEGATION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.qconsole.response.Delegation;
import org.springframework.stereotype.Repository;

/**
 * The work a country's focal point gave colleagues on its responses: country data under row-level security. A
 * withdrawn delegation stays, marked with who withdrew it and when; the current ones are those not withdrawn.
 */
@Repository
public class DelegationRepository {

    private final DSLContext dsl;

    public DelegationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Gives {@code sectionKey} ({@code null}: the whole response) to {@code assignee}; one already given keeps its
     * place and takes the new due date and message.
     */
    public void assign(long assignmentId, String country, String sectionKey, String assignee, LocalDate dueDate,
            String message, String actor) {
        int updated = dsl.update(DELEGATION).set(DELEGATION.DUE_DATE, dueDate).set(DELEGATION.MESSAGE, message)
                .where(current(assignmentId)).and(DELEGATION.ASSIGNEE.eq(assignee)).and(section(sectionKey))
                .execute();
        if (updated == 0) {
            dsl.insertInto(DELEGATION)
                    .set(DELEGATION.ASSIGNMENT_ID, assignmentId).set(DELEGATION.COUNTRY, country)
                    .set(DELEGATION.SECTION_KEY, sectionKey).set(DELEGATION.ASSIGNEE, assignee)
                    .set(DELEGATION.DUE_DATE, dueDate).set(DELEGATION.MESSAGE, message)
                    .set(DELEGATION.ASSIGNED_BY, actor)
                    .onConflictDoNothing() // a colleague's focal point gave the same a moment ago
                    .execute();
        }
    }

    /** @return false when the delegation is not a current one of this response (withdrawn, or another's) */
    public boolean withdraw(long assignmentId, long delegationId, String actor) {
        return dsl.update(DELEGATION).set(DELEGATION.WITHDRAWN_BY, actor)
                .set(DELEGATION.WITHDRAWN_AT, OffsetDateTime.now())
                .where(current(assignmentId)).and(DELEGATION.ID.eq(delegationId)).execute() == 1;
    }

    /** A response's current delegations, in the order they were made. */
    public List<Delegation> current(long assignmentId, String... forAssignee) {
        var query = dsl.selectFrom(DELEGATION).where(current(assignmentId));
        if (forAssignee.length > 0) {
            query = query.and(DELEGATION.ASSIGNEE.in(forAssignee));
        }
        return query.orderBy(DELEGATION.ID).fetch(DelegationRepository::delegation);
    }

    /** The current delegations to {@code assignee} on any of these responses. */
    public List<Delegation> toAssignee(String assignee, Collection<Long> assignmentIds) {
        return dsl.selectFrom(DELEGATION).where(DELEGATION.ASSIGNEE.eq(assignee))
                .and(DELEGATION.ASSIGNMENT_ID.in(assignmentIds)).and(DELEGATION.WITHDRAWN_AT.isNull())
                .orderBy(DELEGATION.ID).fetch(DelegationRepository::delegation);
    }

    /** Why a section cannot be changed by someone who may answer the response. */
    public enum Closed {
        /** The focal point approved it: locked for everyone. */
        APPROVED,
        /** Given to colleagues, not to this contributor. */
        GIVEN_TO_OTHERS;

        static Closed fromDb(String value) {
            return "approved".equals(value) ? APPROVED : GIVEN_TO_OTHERS;
        }
    }

    /**
     * Why the user may not change the section {@code sectionKey} now; empty when they may. The rule is the
     * database's {@code section_closed} (migration 0022), which the answer's write statement applies too.
     */
    public Optional<Closed> closed(long assignmentId, String username, boolean focalPoint, String sectionKey) {
        String closed = dsl.select(DSL.function("section_closed", String.class, DSL.val(assignmentId),
                DSL.val(username), DSL.val(focalPoint), DSL.val(sectionKey))).fetchOne(0, String.class);
        return Optional.ofNullable(closed).map(Closed::fromDb);
    }

    /** Whether the focal point let every colleague edit every section of the response. */
    public boolean colleaguesEditAll(long assignmentId) {
        return dsl.select(ASSIGNMENT.COLLEAGUES_EDIT_ALL).from(ASSIGNMENT).where(ASSIGNMENT.ID.eq(assignmentId))
                .fetchOptional(ASSIGNMENT.COLLEAGUES_EDIT_ALL).orElse(false);
    }

    public void letColleaguesEditAll(long assignmentId, boolean all) {
        dsl.update(ASSIGNMENT).set(ASSIGNMENT.COLLEAGUES_EDIT_ALL, all).where(ASSIGNMENT.ID.eq(assignmentId))
                .execute();
    }

    private static Condition current(long assignmentId) {
        return DELEGATION.ASSIGNMENT_ID.eq(assignmentId).and(DELEGATION.WITHDRAWN_AT.isNull());
    }

    private static Condition section(String sectionKey) {
        return sectionKey == null ? DELEGATION.SECTION_KEY.isNull() : DELEGATION.SECTION_KEY.eq(sectionKey);
    }

    private static Delegation delegation(Record r) {
        return new Delegation(r.get(DELEGATION.ID), r.get(DELEGATION.ASSIGNMENT_ID),
                Optional.ofNullable(r.get(DELEGATION.SECTION_KEY)), r.get(DELEGATION.ASSIGNEE),
                Optional.ofNullable(r.get(DELEGATION.DUE_DATE)), r.get(DELEGATION.MESSAGE),
                r.get(DELEGATION.ASSIGNED_BY), r.get(DELEGATION.ASSIGNED_AT).toInstant());
    }
}
