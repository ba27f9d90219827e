package org.qconsole.country.repository;

import static org.qconsole.jooq.Tables.MEMBER_STATE;
import static org.qconsole.jooq.Tables.REGIONAL_GROUP;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.qconsole.country.MemberState;
import org.qconsole.country.RegionalGroup;
import org.springframework.stereotype.Repository;

/** Reads the member States and regional groups loaded by Liquibase (read-only for the console). */
@Repository
public class MemberStateRepository {

    private final DSLContext dsl;

    public MemberStateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<MemberState> findAll() {
        return dsl.select(MEMBER_STATE.fields())
                .select(REGIONAL_GROUP.CODE, REGIONAL_GROUP.NAME)
                .from(MEMBER_STATE)
                .leftJoin(REGIONAL_GROUP).on(REGIONAL_GROUP.CODE.eq(MEMBER_STATE.REGIONAL_GROUP))
                .orderBy(MEMBER_STATE.NAME)
                .fetch(MemberStateRepository::toMemberState);
    }

    public List<RegionalGroup> findAllGroups() {
        return dsl.selectFrom(REGIONAL_GROUP)
                .orderBy(REGIONAL_GROUP.SORT_ORDER)
                .fetch(r -> new RegionalGroup(r.getCode(), r.getName()));
    }

    private static MemberState toMemberState(Record r) {
        String groupCode = r.get(REGIONAL_GROUP.CODE);
        Optional<RegionalGroup> group = groupCode == null
                ? Optional.empty()
                : Optional.of(new RegionalGroup(groupCode, r.get(REGIONAL_GROUP.NAME)));
        return new MemberState(r.get(MEMBER_STATE.ALPHA3), r.get(MEMBER_STATE.ALPHA2),
                r.get(MEMBER_STATE.NUMERIC_CODE), r.get(MEMBER_STATE.NAME), group);
    }
}
