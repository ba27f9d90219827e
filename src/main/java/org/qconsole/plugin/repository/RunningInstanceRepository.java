package org.qconsole.plugin.repository;

import static org.qconsole.jooq.Tables.RUNNING_INSTANCE;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.qconsole.plugin.PluginSet;
import org.qconsole.plugin.RunningInstance;
import org.springframework.stereotype.Repository;

/** The console instances on this database; every time is the database's, so instances' clocks do not matter. */
@Repository
public class RunningInstanceRepository {

    private final DSLContext dsl;

    RunningInstanceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Forgets the instances not seen for this long (they died without saying so); returns how many. */
    public int forgetSilentFor(Duration silence) {
        return dsl.deleteFrom(RUNNING_INSTANCE)
                .where(RUNNING_INSTANCE.SEEN_AT.lt(DSL.field("now() - make_interval(secs => {0})",
                        OffsetDateTime.class, DSL.val(silence.toSeconds()))))
                .execute();
    }

    public List<RunningInstance> others(UUID self) {
        return dsl.select(RUNNING_INSTANCE.HOST, RUNNING_INSTANCE.PLUGINS, RUNNING_INSTANCE.STARTED_AT)
                .from(RUNNING_INSTANCE).where(RUNNING_INSTANCE.ID.ne(self)).orderBy(RUNNING_INSTANCE.STARTED_AT)
                .fetch(row -> new RunningInstance(row.value1(), new PluginSet(row.value2()), row.value3()));
    }

    /** Records this instance as running now, with its plugins (again, when it had been forgotten). */
    public void register(UUID self, String host, PluginSet plugins) {
        dsl.insertInto(RUNNING_INSTANCE).set(RUNNING_INSTANCE.ID, self).set(RUNNING_INSTANCE.HOST, host)
                .set(RUNNING_INSTANCE.PLUGINS, plugins.description())
                .onConflict(RUNNING_INSTANCE.ID).doUpdate().set(RUNNING_INSTANCE.SEEN_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    /** Says this instance is still running; false when it had been forgotten meanwhile. */
    public boolean seen(UUID self) {
        return dsl.update(RUNNING_INSTANCE).set(RUNNING_INSTANCE.SEEN_AT, DSL.currentOffsetDateTime())
                .where(RUNNING_INSTANCE.ID.eq(self)).execute() == 1;
    }

    public void leave(UUID self) {
        dsl.deleteFrom(RUNNING_INSTANCE).where(RUNNING_INSTANCE.ID.eq(self)).execute();
    }
}
